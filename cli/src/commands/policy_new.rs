//! `tollgate policy new`: the model drafts a rule folder from a plain-language request and the
//! estate's shape; tollgate verifies the draft in a scratch folder (metadata, compile, its own tests,
//! its fixtures), repairs it in at most two rounds with what failed, runs a verified rule over the
//! resources it scanned for the prompt (no second scan) and only then writes it to `--out`. Nothing unverified is written.

use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use tollgate_engine::ask::shape;
use tollgate_engine::draft::verify::{Verification, verify, write_folder};
use tollgate_engine::draft::{Draft, prompt};
use tollgate_engine::evaluate::registry;
use tollgate_engine::evaluate::run as evaluation;
use tollgate_engine::model::resource::Resource;
use tollgate_engine::{Silent, scan};

use super::{EXIT_ERROR, Exit, inspect, scan_setup};
use crate::args::PolicyNewArgs;
use crate::explain::chain::{Chain, Question, Topic};
use crate::explain::{Settings, sensitive_values_beside};

/// Repair rounds after the first draft.
const REPAIRS: usize = 2;

/// The last draft and what verifying it found.
struct Drafted {
    draft: Option<Draft>,
    model: String,
    rounds: usize,
    verification: Verification,
}

pub fn run(args: &PolicyNewArgs) -> Exit {
    let out = &args.out;
    let occupied = out.is_file() || std::fs::read_dir(out).is_ok_and(|mut entries| entries.next().is_some());
    if occupied {
        eprintln!("error: {} exists and is not an empty folder: nothing is overwritten", out.display());
        return EXIT_ERROR;
    }
    let options = match inspect::model_options(&args.scan) {
        Ok(options) => options,
        Err(code) => return code,
    };
    let outcome = scan(&options, &Silent);
    for error in &outcome.report.errors {
        eprintln!("warning: {}:{}:{}: {}", error.file, error.line, error.column, error.message);
    }
    let cache_dir = scan_setup::cache_dir(&args.scan);
    let settings = Settings::for_questions(&args.model, &outcome.models, cache_dir);
    if settings.endpoints.is_empty() {
        eprintln!(
            "error: policy new needs a model: set OPENAI_BASE_URL (a local server such as Ollama or vLLM) or \
             OPENAI_API_KEY, pass --model NAME@BASE_URL, or list `models:` in .tollgate.yaml"
        );
        return EXIT_ERROR;
    }
    let secrets = sensitive_values_beside(outcome.resources.iter().map(|r| r.file.as_str()));
    let shape = shape::shape(&outcome.resources, args.share_values, &secrets);
    let taken: Vec<String> = registry::builtin().rules.iter().map(|r| r.meta.id.clone()).collect();
    let drafted = match draft(args, &shape, &settings, &taken) {
        Ok(drafted) => drafted,
        Err(message) => {
            eprintln!("error: {message}");
            return EXIT_ERROR;
        }
    };
    let Some(draft) = drafted.draft.as_ref().filter(|_| drafted.verification.passed()) else {
        print(args, &drafted, &[], None);
        eprintln!("error: the draft failed verification after {} round(s); nothing was written", drafted.rounds);
        return EXIT_ERROR;
    };
    let findings = findings_on(&outcome.resources, draft);
    if let Err(e) = write_folder(draft, out) {
        eprintln!("error: cannot write {}: {e}", out.display());
        return EXIT_ERROR;
    }
    print(args, &drafted, &findings, Some(out.display().to_string()));
    0
}

/// Drafts and verifies, repairing with what failed.
fn draft(
    args: &PolicyNewArgs,
    shape: &[shape::TypeShape],
    settings: &Settings,
    taken: &[String],
) -> Result<Drafted, String> {
    let mut chain = Chain::new(settings)?;
    let reference = hex::encode(&Sha256::digest(args.request.as_bytes())[..8]);
    let mut previous: Option<(String, String)> = None;
    let mut last: Option<Drafted> = None;
    for round in 1..=REPAIRS + 1 {
        let messages = prompt::build(&args.request, shape, previous.as_ref().map(|(d, e)| (d.as_str(), e.as_str())));
        let asked = Question { version: prompt::POLICY_PROMPT_VERSION, schema: prompt::schema(), prompt: &messages };
        let topic = Topic { rule_id: "policy-new", reference: &reference, material: &messages.user };
        let answer = chain.answer(&topic, &asked, |value, model, _| Some((value.clone(), model.to_owned())));
        let (value, model) = match answer {
            Ok(found) => found,
            Err(note) => return last.ok_or(format!("the model gave no draft: {note}")),
        };
        let scratch = tempfile::tempdir().map_err(|e| format!("no scratch folder: {e}"))?;
        let (draft, verification) = match Draft::from_answer(&value) {
            Ok(draft) => {
                let verification = verify(&draft, scratch.path(), taken);
                (Some(draft), verification)
            }
            Err(problem) => (None, Verification { problems: vec![problem], outcome: None }),
        };
        let shown = draft.as_ref().map_or_else(|| value.to_string(), as_text);
        let passed = verification.passed();
        previous = Some((shown, verification.problems.join("\n")));
        last = Some(Drafted { draft, model, rounds: round, verification });
        if passed {
            break;
        }
    }
    last.ok_or_else(|| "the model gave no draft".into())
}

/// The draft's files, one after the other, for a repair round.
fn as_text(draft: &Draft) -> String {
    draft.files().iter().map(|(name, content)| format!("--- {name}\n{content}")).collect::<Vec<_>>().join("\n")
}

/// The verified rule's findings on the resources the command already scanned (for review): the
/// draft's policy compiled with the pack's helpers, as `--policy` compiles it, and run over them.
fn findings_on(resources: &[Resource], draft: &Draft) -> Vec<Value> {
    let policy = draft.files().remove("policy.rego").unwrap_or_default();
    let rules = registry::compile_modules("draft", vec![("policy.rego".into(), policy)]).rules;
    let evaluation = evaluation::run(&rules, resources, &|_, _| true, &vec![false; resources.len()], None);
    let mut findings: Vec<(String, usize, &str, &str)> = evaluation
        .findings
        .iter()
        .map(|f| {
            let resource = &resources[f.resource];
            let line = resource.locate(f.attribute.as_deref()).line;
            (resource.file.clone(), line, resource.address.as_str(), f.message.as_str())
        })
        .collect();
    findings.sort();
    findings
        .into_iter()
        .map(|(file, line, resource, message)| json!({"file": file, "line": line, "resource": resource, "message": message}))
        .collect()
}

fn print(args: &PolicyNewArgs, drafted: &Drafted, findings: &[Value], written: Option<String>) {
    let verification = &drafted.verification;
    let outcome = verification.outcome.as_ref();
    if args.format == "json" {
        let document = json!({
            "request": args.request,
            "model": drafted.model,
            "rounds": drafted.rounds,
            "verified": verification.passed(),
            "rule_id": drafted.draft.as_ref().map(|d| &d.id),
            "problems": verification.problems,
            "unit_tests": outcome.map(|o| &o.unit_tests),
            "fixtures": outcome.map(|o| o.fixtures.iter().map(|f| json!({
                "file": f.file.rsplit('/').next(), "expect": f.expect, "findings": f.findings, "passed": f.passed,
            })).collect::<Vec<_>>()),
            "findings": findings,
            "written": written,
            "files": drafted.draft.as_ref().map(|d| d.files()),
        });
        outln!("{}", serde_json::to_string_pretty(&document).unwrap_or_default());
        return;
    }
    let id = drafted.draft.as_ref().map_or("(no draft)", |d| d.id.as_str());
    let verdict = if verification.passed() { "verified" } else { "NOT verified" };
    outln!("Draft {id} by {}, {} round(s): {verdict}", drafted.model, drafted.rounds);
    if let Some(outcome) = outcome {
        let passed = outcome.unit_tests.iter().filter(|t| t.passed).count();
        outln!("  unit tests: {passed}/{} passed", outcome.unit_tests.len());
        for fixture in &outcome.fixtures {
            let name = fixture.file.rsplit('/').next().unwrap_or_default();
            let mark = if fixture.passed { "ok" } else { "FAILED" };
            outln!("  {name}: {} finding(s), expected {} ({mark})", fixture.findings, fixture.expect);
        }
    }
    for problem in &verification.problems {
        outln!("  problem: {problem}");
    }
    if written.is_none()
        && let Some(draft) = &drafted.draft
    {
        outln!("\nThe last draft (not written):\n\n{}", as_text(draft));
    }
    if let Some(folder) = written {
        outln!("\nOn the scanned paths: {} finding(s)", findings.len());
        for finding in findings {
            outln!(
                "  {}:{}  {}: {}",
                finding["file"].as_str().unwrap_or_default(),
                finding["line"],
                finding["resource"].as_str().unwrap_or_default(),
                finding["message"].as_str().unwrap_or_default()
            );
        }
        outln!("\nWritten to {folder}: review it, then add it with --policy {folder}");
    }
}
