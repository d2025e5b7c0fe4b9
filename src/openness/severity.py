"""How serious a finding is: errors make a declaration invalid, the others inform."""

ERROR = "error"
WARNING = "warning"
INFO = "info"
SEVERITIES = (ERROR, WARNING, INFO)
