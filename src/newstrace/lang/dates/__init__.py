"""Date grammar machinery shared by the packs: word tables (:mod:`.tables`), rule builders
(:mod:`.grammar`), calendars (:mod:`.calendars`) and the :class:`.fields.Fields` record a rule
reads a match into. Each pack's ``dates.py`` builds its language's grammar from these."""
