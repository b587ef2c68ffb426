package io.lambdaforge.runtime.internal.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FieldNamePrimingTest {
  @Test
  void everyDocumentBringsFourNewNames() throws Exception {
    // four names per document, none repeated: the parser's path for unseen names runs every time
    assertEquals(4 * FieldNamePriming.DOCUMENTS, FieldNamePriming.run());
  }
}
