package com.ocpizza.order;

import com.ocpizza.testsupport.RealDatabase;
import com.ocpizza.testsupport.ServiceContractTests;
import com.ocpizza.testsupport.TestAuthServer;
import org.springframework.boot.test.context.SpringBootTest;

// The recovery job stays out of the way of the tests that run it themselves on the same schema.
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "ocpizza.order.recovery-interval=1h")
@RealDatabase
@TestAuthServer
class OrderServiceIntegrationTests extends ServiceContractTests {}
