"""Moving a case to another station: the transfer file (envelope.py) and the two ends that write
and read it (service.py). The rules (who may, what the files show, the audit) are the
domain's: domain/records/transfer.py. The format is described in docs/transfer.md."""
