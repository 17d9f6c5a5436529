package com.ocpizza.client.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumbersTests {

  @Test
  void readsFrenchNumbersAsPeopleTypeThem() {
    assertThat(PhoneNumbers.normalise("06 12 34 56 78")).hasValue("+33612345678");
    assertThat(PhoneNumbers.normalise("06.12.34.56.78")).hasValue("+33612345678");
    assertThat(PhoneNumbers.normalise("+33 6 12 34 56 78")).hasValue("+33612345678");
    assertThat(PhoneNumbers.normalise("01 43 55 12 34")).hasValue("+33143551234");
  }

  @Test
  void keepsForeignNumbersGivenWithTheirCountryCode() {
    assertThat(PhoneNumbers.normalise("+32 470 12 34 56")).hasValue("+32470123456");
  }

  @Test
  void refusesWhatIsNotAPhoneNumber() {
    assertThat(PhoneNumbers.normalise("12")).isEmpty();
    assertThat(PhoneNumbers.normalise("06 96 06 42 58")).isEmpty();
    assertThat(PhoneNumbers.normalise("not a number")).isEmpty();
    assertThat(PhoneNumbers.normalise("0".repeat(100))).isEmpty();
    assertThat(PhoneNumbers.normalise(null)).isEmpty();
  }
}
