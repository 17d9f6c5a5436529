package com.ocpizza.stock.supplier;

import com.ocpizza.stock.supplier.SupplierRequests.SupplierRequest;
import com.ocpizza.stock.supplier.SupplierViews.SupplierView;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The suppliers of the chain: the head office keeps the list, managers order from it. */
@RestController
@RequestMapping("/api/suppliers")
class SupplierController {

  private final SupplierService suppliers;

  SupplierController(SupplierService suppliers) {
    this.suppliers = suppliers;
  }

  @GetMapping
  List<SupplierView> suppliers() {
    return suppliers.suppliers();
  }

  @PostMapping
  ResponseEntity<SupplierView> add(@Valid @RequestBody SupplierRequest request) {
    SupplierView supplier = suppliers.addSupplier(request);
    return ResponseEntity.created(URI.create("/api/suppliers/" + supplier.id())).body(supplier);
  }

  @PutMapping("/{id}")
  SupplierView change(@PathVariable long id, @Valid @RequestBody SupplierRequest request) {
    return suppliers.changeSupplier(id, request);
  }
}
