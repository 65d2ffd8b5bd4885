"""Sending the notices through a USB GSM modem: PDUs (pdu.py), the AT dialogue over a serial
port (modem.py), the outbox worked through without loss or double sending (service.py)."""
