package com.ocpizza.stock.pizzeria;

import com.ocpizza.common.problem.ConflictException;
import com.ocpizza.common.problem.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers and changes pizzerias, and shows them with whether they are open now. */
@Service
@Transactional
class PizzeriaService {

  private final PizzeriaRepository pizzerias;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  PizzeriaService(PizzeriaRepository pizzerias, ApplicationEventPublisher events, Clock clock) {
    this.pizzerias = pizzerias;
    this.events = events;
    this.clock = clock;
  }

  PizzeriaView register(PizzeriaRequest request) {
    if (pizzerias.existsByNameIgnoreCaseOrSiret(request.name().strip(), request.siret())) {
      throw new ConflictException("A pizzeria with this name or SIRET already exists.");
    }
    Pizzeria pizzeria =
        pizzerias.save(
            new Pizzeria(
                request.name(),
                request.toAddress(),
                request.phone(),
                request.siret(),
                request.toOpeningHours(),
                request.toDeliveryArea()));
    events.publishEvent(new PizzeriaRegistered(pizzeria.id()));
    return view(pizzeria);
  }

  PizzeriaView change(long id, PizzeriaRequest request) {
    if (pizzerias.existsByNameIgnoreCaseAndIdNot(request.name().strip(), id)
        || pizzerias.existsBySiretAndIdNot(request.siret(), id)) {
      throw new ConflictException("Another pizzeria has this name or SIRET.");
    }
    return update(
        id,
        pizzeria -> {
          pizzeria.describe(request.name(), request.toAddress(), request.phone(), request.siret());
          pizzeria.changeHours(request.toOpeningHours());
          pizzeria.changeDeliveryArea(request.toDeliveryArea());
        });
  }

  PizzeriaView open(long id) {
    return update(id, Pizzeria::open);
  }

  PizzeriaView close(long id) {
    return update(id, Pizzeria::close);
  }

  @Transactional(readOnly = true)
  List<PizzeriaView> all() {
    return pizzerias.findAllByOrderByIdAsc().stream().map(this::view).toList();
  }

  @Transactional(readOnly = true)
  PizzeriaView one(long id) {
    return view(pizzeria(id));
  }

  private PizzeriaView update(long id, Consumer<Pizzeria> change) {
    Pizzeria pizzeria = pizzeria(id);
    change.accept(pizzeria);
    return view(pizzeria);
  }

  private Pizzeria pizzeria(long id) {
    return pizzerias
        .findById(id)
        .orElseThrow(() -> new NotFoundException("No pizzeria " + id + "."));
  }

  private PizzeriaView view(Pizzeria pizzeria) {
    return PizzeriaView.of(pizzeria, clock.instant());
  }
}
