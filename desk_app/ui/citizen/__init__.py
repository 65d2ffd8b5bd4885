"""The citizen-facing screen: what the person across the counter sees and answers on."""
