package io.distconnect.procurement.domain;

/** Where an approval stands. */
public enum ApprovalStatus {
  PENDING,
  APPROVED,
  REJECTED
}
