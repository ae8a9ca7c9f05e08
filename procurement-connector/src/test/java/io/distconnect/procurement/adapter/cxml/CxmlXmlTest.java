package io.distconnect.procurement.adapter.cxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.distconnect.procurement.adapter.embedded.SimulatedAnswer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The parser on its own: real cXML shapes read, DTD tricks refused. */
class CxmlXmlTest {

  @Test
  void readsHeaderAndShipNoticeWithDoctypeWithoutFetchingIt() {
    CxmlDocument doc =
        CxmlXml.read(
            CxmlDocuments.shipNotice("p-1@s", "SUP-1", "secret ", "PO-1", "12")
                .getBytes(StandardCharsets.UTF_8));
    assertThat(doc.payloadId).isEqualTo("p-1@s");
    assertThat(doc.header.from.identity()).isEqualTo("SUP-1");
    // Secrets are compared as sent: surrounding spaces are not trimmed away.
    assertThat(doc.header.sender.sharedSecret()).isEqualTo("secret ");
    CxmlShipNoticeRequest s = doc.request.shipNoticeRequest;
    assertThat(s.header.shipmentId).isEqualTo("ASN-PO-1");
    assertThat(s.shipControl.carriers).hasSize(2);
    assertThat(s.shipControl.carriers.get(1).domain).isEqualTo("companyName");
    assertThat(s.portions.get(0).items.get(0).quantity).isEqualTo("12");
  }

  @Test
  void billionLaughsAndExternalEntitiesAreRefused() {
    String laughs =
        """
        <?xml version="1.0"?>
        <!DOCTYPE cXML [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
        <cXML payloadID="x" timestamp="2026-11-27T00:00:00Z"><Header><From><Credential>
        <Identity>&b;</Identity></Credential></From></Header></cXML>
        """;
    assertThatThrownBy(() -> CxmlXml.read(laughs.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MalformedCxmlException.class);
    String external =
        """
        <?xml version="1.0"?>
        <!DOCTYPE cXML SYSTEM "file:///etc/passwd">
        <cXML payloadID="x" timestamp="2026-11-27T00:00:00Z"/>
        """;
    // The external DTD is not loaded at all, so the document itself is fine.
    assertThat(CxmlXml.read(external.getBytes(StandardCharsets.UTF_8)).payloadId).isEqualTo("x");
  }

  @Test
  void simulatedAnswersAreStablePerOrderAndFollowTheMix() {
    assertThat(SimulatedAnswer.forOrder("PO-100001", 0, 0)).isEqualTo(SimulatedAnswer.ACCEPT);
    assertThat(SimulatedAnswer.forOrder("PO-100001", 0, 100)).isEqualTo(SimulatedAnswer.REJECT);
    assertThat(SimulatedAnswer.forOrder("PO-100001", 100, 0)).isEqualTo(SimulatedAnswer.CHANGE);
    long changed =
        java.util.stream.IntStream.range(100000, 101000)
            .mapToObj(n -> SimulatedAnswer.forOrder("PO-" + n, 30, 10))
            .filter(a -> a == SimulatedAnswer.CHANGE)
            .count();
    assertThat(changed).isBetween(200L, 400L);
    assertThat(SimulatedAnswer.forOrder("PO-123", 30, 10))
        .isEqualTo(SimulatedAnswer.forOrder("PO-123", 30, 10));
  }
}
