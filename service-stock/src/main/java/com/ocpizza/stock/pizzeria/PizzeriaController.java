package com.ocpizza.stock.pizzeria;

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

/** The pizzerias: public to read, managed by the head office. */
@RestController
@RequestMapping("/api/pizzerias")
class PizzeriaController {

  private final PizzeriaService pizzerias;

  PizzeriaController(PizzeriaService pizzerias) {
    this.pizzerias = pizzerias;
  }

  @GetMapping
  List<PizzeriaView> all() {
    return pizzerias.all();
  }

  @GetMapping("/{id}")
  PizzeriaView one(@PathVariable long id) {
    return pizzerias.one(id);
  }

  @PostMapping
  ResponseEntity<PizzeriaView> register(@Valid @RequestBody PizzeriaRequest request) {
    PizzeriaView pizzeria = pizzerias.register(request);
    return ResponseEntity.created(URI.create("/api/pizzerias/" + pizzeria.id())).body(pizzeria);
  }

  @PutMapping("/{id}")
  PizzeriaView change(@PathVariable long id, @Valid @RequestBody PizzeriaRequest request) {
    return pizzerias.change(id, request);
  }

  @PostMapping("/{id}/open")
  PizzeriaView open(@PathVariable long id) {
    return pizzerias.open(id);
  }

  @PostMapping("/{id}/close")
  PizzeriaView close(@PathVariable long id) {
    return pizzerias.close(id);
  }
}
