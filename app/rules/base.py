"""What every rule module shares: its description, and a helper to make findings."""

from __future__ import annotations

from dataclasses import dataclass

from app.findings import Finding, Fix, Severity


@dataclass(frozen=True)
class RuleInfo:
    """A rule's stable id (used in output, settings, SARIF), default severity, name and basis."""

    id: str
    severity: Severity
    name: str  # short Chinese name for the UI
    norm: str  # the standard or source the rule rests on

    def finding(self, message: str, index: int, start: int, end: int, *,
                fix: Fix | None = None, severity: Severity | None = None,
                related: list[int] | None = None) -> Finding:
        return Finding(rule=self.id, severity=severity or self.severity, message=message,
                       index=index, start=start, end=end, norm=self.norm, fix=fix,
                       related=related or [])
