//! Stages 6 and 7, findings and report: raw results become findings (with the Conftest policies'),
//! selectors that selected nothing become errors, warnings are gathered, and the report is summed up
//! over the rules that ran.

use std::collections::BTreeSet;

use super::findings::{Built, FindingContext, build_findings};
use super::state::Run;
use super::{Progress, ScanOutcome};
use crate::evaluate::cached;
use crate::load::dir_of;
use crate::model::severity::Severity;
use crate::report::model::Warning;
use crate::report::summary::{Counts, summarize};

/// Findings of the rules and of the Conftest policies, and the warnings that come with them.
pub(super) fn findings(run: &mut Run<'_>, progress: &dyn Progress) -> Built {
    let options = run.options;
    let context = FindingContext {
        rules: &run.rules.rules,
        resources: &run.resources,
        selection: &run.selection,
        options,
        today: options.today,
    };
    progress.stage("findings", run.evaluation.findings.len());
    let mut built = build_findings(&context, &run.evaluation);
    let conftest = super::conftest::run(options, &run.discovery.files, &run.files, &run.resources, &run.selection);
    // Selectors name the pack's rules, the user's and the Conftest policies'; one naming none is an error.
    let conftest_rules = conftest.iter().flat_map(|c| &c.rules);
    let all: Vec<_> = run.rules.all.iter().chain(conftest_rules).collect();
    let unmatched = crate::config::unmatched::errors(&run.selection, &options.frameworks, &all, &run.config_file);
    run.errors.extend(unmatched);
    super::conftest::merge(conftest, &mut built.findings, &mut run.errors);
    run.errors.append(&mut built.errors);
    built.warnings.append(&mut run.terraform.stored.warnings);
    let helm = &run.discovery.helm_templates;
    built.warnings.append(&mut run.render_warnings);
    if !helm.is_empty() && !built.warnings.iter().any(|w| w.code == "helm-not-rendered") {
        built.warnings.push(Warning {
            code: "helm-not-rendered".into(),
            message: format!(
                "{} Helm chart template(s) not scanned: templates are YAML only once rendered (`helm template`)",
                helm.len()
            ),
            file: helm.first().map(|f| dir_of(f).to_owned()),
            line: None,
        });
    }
    built
}

/// The report, over the rules that ran (selected somewhere, with their data), and the texts its
/// findings and errors point into.
pub(super) fn summary(mut run: Run<'_>, built: Built, progress: &dyn Progress) -> ScanOutcome {
    let options = run.options;
    let config = &options.config.config;
    progress.stage("reporting", built.findings.len());
    let errors = std::mem::take(&mut run.errors);
    let used: BTreeSet<&str> =
        built.findings.iter().map(|f| f.file.as_str()).chain(errors.iter().map(|e| e.file.as_str())).collect();
    let mut sources = std::mem::take(&mut run.sources);
    sources.retain(|file, _| used.contains(file.as_str()));
    if options.with_sources {
        cached::fill_sources(&mut sources, &used, &run.discovery.files);
    }
    let counts = Counts {
        files_scanned: run.files_scanned,
        files_unknown_format: run.discovery.unknown_format,
        helm_templates_skipped: run.discovery.helm_templates.len(),
        resources: &run.resources,
        evaluations: run.evaluation.evaluations,
    };
    let fail_on = options.fail_on.or(config.fail_on).unwrap_or(Severity::Low);
    let ran: Vec<_> = run
        .rules
        .rules
        .iter()
        .zip(&run.has_data)
        .filter(|(r, data)| **data && run.selection.runs_somewhere(&r.meta))
        .map(|(r, _)| r.clone())
        .collect();
    let skipped = std::mem::take(&mut run.skipped);
    let mut report = summarize(built.findings, errors, built.warnings, skipped, &ran, counts, fail_on);
    report.terraform = run.terraform.stored.summary.take();
    if !options.frameworks.is_empty() {
        let resources = &run.resources;
        report.posture = crate::report::posture::posture(&options.frameworks, &ran, resources, &report.findings);
    }
    report.scanned.paths = options.paths.iter().map(|p| crate::load::display_path(p)).collect();
    report.drift = run.joined.take().map(|mut j| {
        j.report.finish(Vec::new(), None);
        j.report.summary
    });
    let kept = if options.keep_resources { std::mem::take(&mut run.resources) } else { Vec::new() };
    // Freeing tens of thousands of values takes longer than the rest of a cached run: do it aside.
    let leftovers = (run.resources, run.files, run.cache, run.rules, run.discovery, run.evaluation);
    std::thread::spawn(move || drop(leftovers));
    ScanOutcome { report, sources, resources: kept, models: config.models.clone() }
}
