"""Parts the pages share: the citizen block, the document checklist, the procedure picker, printing from a dossier, form messages and drafts."""
