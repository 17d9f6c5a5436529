package com.ocpizza.management;

import com.ocpizza.testsupport.RealDatabase;
import com.ocpizza.testsupport.ServiceContractTests;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealDatabase
class ManagementServiceIntegrationTests extends ServiceContractTests {}
