package com.ocpizza.stock;

import com.ocpizza.testsupport.ServiceContractTests;

@StockIntegrationTest
class StockServiceIntegrationTests extends ServiceContractTests {}
