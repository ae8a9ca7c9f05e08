package io.distconnect.procurement.adapter.cxml;

import java.util.UUID;

/** cXML 1.2 documents as suppliers write them, following cXML.dtd element and attribute names. */
final class CxmlDocuments {

  static final String DOCTYPE =
      "<!DOCTYPE cXML SYSTEM \"http://xml.cxml.org/schemas/cXML/1.2.014/cXML.dtd\">";

  private CxmlDocuments() {}

  static String payloadId() {
    return UUID.randomUUID() + "@supplier.example.com";
  }

  static String header(String supplier, String secret) {
    return """
          <Header>
            <From>
              <Credential domain="DUNS">
                <Identity>%s</Identity>
              </Credential>
            </From>
            <To>
              <Credential domain="NetworkID">
                <Identity>distconnect</Identity>
              </Credential>
            </To>
            <Sender>
              <Credential domain="DUNS">
                <Identity>%s</Identity>
                <SharedSecret>%s</SharedSecret>
              </Credential>
              <UserAgent>Supplier ERP 9.1</UserAgent>
            </Sender>
          </Header>
        """
        .formatted(supplier, supplier, secret);
  }

  static String envelope(String payloadId, String header, String request) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        %s
        <cXML payloadID="%s" timestamp="2026-11-27T09:15:00-05:00" xml:lang="en-US" version="1.2.014">
        %s
          <Request deploymentMode="production">
        %s
          </Request>
        </cXML>
        """
        .formatted(DOCTYPE, payloadId, header, request);
  }

  /** Whole-order accept or reject. */
  static String confirmation(
      String payloadId, String supplier, String secret, String po, String type) {
    return envelope(
        payloadId,
        header(supplier, secret),
        """
            <ConfirmationRequest>
              <ConfirmationHeader type="%s" noticeDate="2026-11-27T09:10:00-05:00" confirmID="C-%s" operation="new"/>
              <OrderReference orderID="%s">
                <DocumentReference payloadID="order-%s@distconnect"/>
              </OrderReference>
            </ConfirmationRequest>
        """
            .formatted(type, po, po, po));
  }

  /** Per-line detail: line 1 confirmed with another quantity and date. */
  static String lineChange(
      String payloadId,
      String supplier,
      String secret,
      String po,
      String quantity,
      String deliveryDate) {
    return envelope(
        payloadId,
        header(supplier, secret),
        """
            <ConfirmationRequest>
              <ConfirmationHeader type="detail" noticeDate="2026-11-27T09:10:00-05:00" confirmID="C2-%s"/>
              <OrderReference orderID="%s"/>
              <ConfirmationItem lineNumber="1" quantity="%s">
                <UnitOfMeasure>C62</UnitOfMeasure>
                <ConfirmationStatus type="detail" quantity="%s" deliveryDate="%sT12:00:00-05:00">
                  <UnitOfMeasure>C62</UnitOfMeasure>
                  <Comments xml:lang="en">Partial allocation this week</Comments>
                </ConfirmationStatus>
              </ConfirmationItem>
            </ConfirmationRequest>
        """
            .formatted(po, po, quantity, quantity, deliveryDate));
  }

  static String shipNotice(
      String payloadId, String supplier, String secret, String po, String quantity) {
    return envelope(
        payloadId,
        header(supplier, secret),
        """
            <ShipNoticeRequest>
              <ShipNoticeHeader shipmentID="ASN-%s" noticeDate="2026-11-28T08:00:00+01:00"
                  shipmentDate="2026-11-28T07:30:00+01:00" deliveryDate="2026-12-02T10:00:00+01:00"
                  operation="new"/>
              <ShipControl>
                <CarrierIdentifier domain="SCAC">DHLC</CarrierIdentifier>
                <CarrierIdentifier domain="companyName">DHL Freight</CarrierIdentifier>
                <ShipmentIdentifier>JD014600003123456789</ShipmentIdentifier>
              </ShipControl>
              <ShipNoticePortion>
                <OrderReference orderID="%s"/>
                <ShipNoticeItem lineNumber="1" quantity="%s">
                  <UnitOfMeasure>EA</UnitOfMeasure>
                </ShipNoticeItem>
              </ShipNoticePortion>
            </ShipNoticeRequest>
        """
            .formatted(po, po, quantity));
  }
}
