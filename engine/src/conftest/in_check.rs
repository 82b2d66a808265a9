//! Conftest policies in `tollgate check` (`--conftest-policy`): every file is parsed the way
//! `tollgate test` parses it, every namespace's `deny`/`violation`/`warn` results become findings, at
//! the document's first line or where the result names a location (`line`, `attribute`, `address`).

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use serde_json::Value;

use super::parse::{parse_rego, parser_for};
use super::run::{Outcome, Policies};
use crate::config::Waiver;
use crate::config::select::Selection;
use crate::evaluate::metadata::{RuleMeta, Scope};
use crate::model::fingerprint::fingerprint;
use crate::model::resource::{Location, Resource};
use crate::model::severity::Severity;
use crate::normalize::yaml_tree::parse_documents;
use crate::report::model::{Finding, ReportError, Suppression};
use crate::suppress::baseline::Baseline;
use crate::suppress::waivers::{WaiverMatch, Waivers};

/// What the findings are checked against besides the policies.
pub struct CheckContext<'a> {
    pub resources: &'a [Resource],
    pub selection: &'a Selection,
    pub waivers: &'a [Waiver],
    pub base: &'a str,
    pub today: NaiveDate,
    pub baseline: Option<&'a Baseline>,
}

/// Findings and errors of the Conftest policies.
#[derive(Default)]
pub struct ConftestOutcome {
    pub findings: Vec<Finding>,
    pub errors: Vec<ReportError>,
    /// Every rule of the policies, as selectors name them.
    pub rules: Vec<RuleMeta>,
}

/// One input document of a file: its value and the lines it spans.
struct Document {
    value: regorus::Value,
    lines: (usize, usize),
    positions: Option<crate::normalize::yaml_tree::YamlDoc>,
}

fn error(kind: &str, file: &str, line: usize, column: usize, message: String) -> ReportError {
    ReportError { kind: kind.into(), file: file.to_owned(), line, column, message, rule_id: None }
}

/// Runs `modules` (name, source) on `files` (display path, text).
pub fn run(
    modules: &[(String, String)],
    files: &[(String, std::sync::Arc<str>)],
    ctx: &CheckContext,
) -> ConftestOutcome {
    let mut outcome = ConftestOutcome::default();
    let mut policies = match Policies::compile(modules, Vec::new(), crate::evaluate::rule::RegoOptions::default()) {
        Ok(policies) => policies,
        Err(message) => {
            let (file, line, column, message) = split_location(&message);
            outcome.errors.push(error("rule", &file, line, column, message));
            return outcome;
        }
    };
    let namespaces = policies.namespaces();
    outcome.rules = policies.rule_ids().iter().map(|id| meta(id, Severity::Medium)).collect();
    let waivers = Waivers::new(ctx.waivers, ctx.base, ctx.today).ok();
    let mut by_file: HashMap<&str, Vec<&Resource>> = HashMap::new();
    for resource in ctx.resources {
        by_file.entry(resource.file.as_str()).or_default().push(resource);
    }
    for (file, text) in files {
        let in_file = by_file.get(file.as_str()).map_or(&[][..], Vec::as_slice);
        let Some(parser) = parser_for(file, None) else { continue };
        let documents = match documents(parser, text) {
            Ok(documents) => documents,
            // The scan parsed the file (the caller leaves out those it could not), Conftest's parser did
            // not: the policies cannot see it, which is an error, never a silent pass.
            Err((line, column, message)) => {
                let message = format!("Conftest's {parser} parser: {message}");
                outcome.errors.push(error("parse", file, line, column, message));
                continue;
            }
        };
        for (index, document) in documents.iter().enumerate() {
            for namespace in &namespaces {
                let result = match policies.check(file, &document.value, namespace) {
                    Ok(result) => result,
                    Err(message) => {
                        outcome.errors.push(error("rule", file, document.lines.0, 1, message));
                        continue;
                    }
                };
                let results = result
                    .failures
                    .iter()
                    .map(|o| (o, Severity::Medium))
                    .chain(result.warnings.iter().map(|o| (o, Severity::Low)));
                for (item, severity) in results {
                    let located = locate(item, document, file, index, documents.len(), in_file);
                    if let Some(finding) = finding(namespace, item, severity, file, located, ctx, waivers.as_ref()) {
                        outcome.findings.push(finding);
                    }
                }
            }
        }
    }
    outcome
}

fn split_location(message: &str) -> (String, usize, usize, String) {
    let mut parts = message.splitn(4, ':');
    let file = parts.next().unwrap_or_default().to_owned();
    let line = parts.next().and_then(|l| l.parse().ok());
    let column = parts.next().and_then(|c| c.parse().ok());
    match (line, column, parts.next()) {
        (Some(line), Some(column), Some(rest)) => (file, line, column, rest.trim().to_owned()),
        _ => (String::new(), 1, 1, message.to_owned()),
    }
}

fn documents(parser: &str, text: &str) -> Result<Vec<Document>, (usize, usize, String)> {
    if parser == "yaml" {
        let docs = parse_documents(text).map_err(|e| (e.position.line, e.position.column, e.message))?;
        return Ok(docs
            .into_iter()
            .map(|mut doc| Document {
                // The value moves to Rego; the positions stay for locating results.
                value: regorus::Value::from(std::mem::take(&mut doc.value)),
                lines: (doc.start.line, doc.end_line),
                positions: Some(doc),
            })
            .collect());
    }
    let values = parse_rego(parser, text).map_err(|e| (e.line, e.column, e.message))?;
    let last = text.lines().count().max(1);
    Ok(values.into_iter().map(|value| Document { value, lines: (1, last), positions: None }).collect())
}

/// Where a result points: the resource it is about (if any) and the location.
struct Located<'a> {
    resource: Option<&'a Resource>,
    location: Location,
    attribute: Option<String>,
    identity: String,
}

fn locate<'a>(
    item: &Outcome,
    document: &Document,
    file: &str,
    index: usize,
    count: usize,
    in_file: &[&'a Resource],
) -> Located<'a> {
    let hint = |key: &str| item.metadata.as_ref().and_then(|m| m.get(key));
    let in_file = in_file.iter().copied();
    let (first, last) = document.lines;
    let named = hint("address").and_then(Value::as_str).and_then(|a| in_file.clone().find(|r| r.address == a));
    let resource = named.or_else(|| {
        let mut inside = in_file.filter(|r| r.location.line >= first && r.location.line <= last);
        let found = inside.next();
        // A document that holds several resources (a List) is not any one of them.
        found.filter(|_| inside.next().is_none())
    });
    let attribute = hint("attribute").and_then(Value::as_str).map(str::to_owned);
    let mut location = resource.map_or(Location { line: first, column: 1, end_line: last }, |r| r.location.clone());
    if let Some(path) = &attribute {
        let pointer = crate::model::resource::path_to_pointer(path);
        if let Some(position) = document.positions.as_ref().and_then(|d| d.position(&pointer)) {
            location = Location::at(position, position.line);
        } else if let Some(at) = resource.and_then(|r| r.attributes.get(path)) {
            location = at.clone();
        }
    }
    if let Some(line) = hint("line").and_then(Value::as_u64).and_then(|l| usize::try_from(l).ok()) {
        location = Location { line: line.max(1), column: 1, end_line: line.max(1) };
    }
    let identity = match resource {
        Some(r) => r.identity.clone(),
        None if count > 1 => format!("{file}#{index}"),
        None => file.to_owned(),
    };
    Located { resource, location, attribute, identity }
}

fn finding(
    namespace: &str,
    item: &Outcome,
    severity: Severity,
    file: &str,
    at: Located,
    ctx: &CheckContext,
    waivers: Option<&Waivers>,
) -> Option<Finding> {
    let id = format!("{namespace}.{}", item.rule);
    let meta = meta(&id, severity);
    if !ctx.selection.enabled(&meta, file) {
        return None;
    }
    let severity = if severity == Severity::Low { severity } else { ctx.selection.severity(&meta, file) };
    let address = at.resource.map_or_else(|| file.to_owned(), |r| r.address.clone());
    let print = fingerprint(&id, &at.identity, Some(at.attribute.as_deref().unwrap_or(&item.msg)));
    let inline = at.resource.and_then(|r| r.inline_ignores.iter().find(|i| i.rule == id || i.rule == "all"));
    let suppression = match inline {
        Some(ignore) => Some(Suppression { kind: "inline".into(), reason: ignore.reason.clone(), expires: None }),
        None => match waivers.map(|w| w.check(&id, file, &address)) {
            Some(WaiverMatch::Suppressed(w)) => {
                Some(Suppression { kind: "waiver".into(), reason: w.reason.clone(), expires: w.expires.clone() })
            }
            _ => None,
        },
    };
    Some(Finding {
        rule_id: id,
        severity,
        title: meta.title,
        message: item.msg.clone(),
        file: file.to_owned(),
        line: at.location.line,
        column: at.location.column,
        end_line: at.location.end_line,
        resource: address,
        resource_type: at.resource.map_or_else(|| "document".to_owned(), |r| r.resource_type.clone()),
        kind: at.resource.map_or_else(|| "document".to_owned(), |r| r.kind.as_str().to_owned()),
        attribute: at.attribute,
        baselined: ctx.baseline.is_some_and(|b| b.contains(&print)),
        fingerprint: print,
        suppressed: suppression.is_some(),
        suppression,
        change: None,
        frameworks: BTreeMap::new(),
        module_calls: at.resource.map(|r| r.module_calls.clone()).unwrap_or_default(),
        live_only: false,
        code: None,
        fix: None,
        explanation: None,
        related: Vec::new(),
    })
}

/// What a Conftest rule says about itself in `check`: its id (`namespace.rule`), a title, the
/// `conftest` tag, and the severity its kind of result gives (deny: medium, warn: low).
pub fn meta(id: &str, severity: Severity) -> RuleMeta {
    RuleMeta {
        declared: false,
        id: id.to_owned(),
        title: format!("Conftest rule {id}"),
        description: String::new(),
        severity,
        resource_types: Vec::new(),
        scope: Scope::Resource,
        drift: false,
        fix_risk: None,
        rule_data: Vec::new(),
        tags: vec!["conftest".into()],
        platforms: Vec::new(),
        frameworks: BTreeMap::new(),
        why: String::new(),
        remediation: String::new(),
        example: String::new(),
    }
}
