package com.ocpizza.client;

import com.ocpizza.testsupport.RealDatabase;
import com.ocpizza.testsupport.ServiceContractTests;
import com.ocpizza.testsupport.TestAuthServer;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealDatabase
@TestAuthServer
class ClientServiceIntegrationTests extends ServiceContractTests {}
