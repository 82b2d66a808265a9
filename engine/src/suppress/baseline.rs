//! Baselines: the fingerprints of accepted findings, so `check --baseline` fails only on new ones.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::report::model::Report;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Baseline {
    pub version: u32,
    pub findings: Vec<BaselineEntry>,
    #[serde(skip)]
    index: BTreeSet<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct BaselineEntry {
    pub fingerprint: String,
    pub rule_id: String,
    pub resource: String,
    pub file: String,
}

impl Baseline {
    /// The unsuppressed findings of a report.
    pub fn from_report(report: &Report) -> Baseline {
        let findings = report
            .findings
            .iter()
            .filter(|f| !f.suppressed)
            .map(|f| BaselineEntry {
                fingerprint: f.fingerprint.clone(),
                rule_id: f.rule_id.clone(),
                resource: f.resource.clone(),
                file: f.file.clone(),
            })
            .collect();
        Baseline::new(findings)
    }

    pub fn new(findings: Vec<BaselineEntry>) -> Baseline {
        let index = findings.iter().map(|f| f.fingerprint.clone()).collect();
        Baseline { version: 1, findings, index }
    }

    pub fn parse(text: &str) -> Result<Baseline, serde_json::Error> {
        let parsed: Baseline = serde_json::from_str(text)?;
        Ok(Baseline::new(parsed.findings))
    }

    pub fn contains(&self, fingerprint: &str) -> bool {
        self.index.contains(fingerprint)
    }
}
