package com.ocpizza.gateway;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.loadbalancer.annotation.LoadBalancerClient;
import org.springframework.context.annotation.Configuration;

/** Balances {@code lb://order} over the configured, healthy order replicas. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OrderReplicas.Properties.class)
@LoadBalancerClient(name = OrderReplicas.SERVICE_ID, configuration = OrderReplicas.class)
class LoadBalancing {}
