//! `--explain` beyond `check`: the model fallback chain of `.tollgate.yaml` (a local model first, a
//! hosted one second, each with its own key variable) and `drift --explain` (offline from the drift
//! rules, or from a model).

use serde_json::Value;

use crate::openai_server::{FakeOpenAI, error};
use crate::support::{TempRepo, repo_root, tollgate_env, validate};

const QUEUE: &str = r#"resource "aws_sqs_queue" "jobs" {
  name                    = "jobs"
  sqs_managed_sse_enabled = false
}
"#;

fn config(local: &FakeOpenAI, hosted: &FakeOpenAI, local_key_env: &str) -> String {
    format!(
        "models:\n  - name: llama3.1:8b\n    base_url: {}\n    api_key_env: {local_key_env}\n  - name: gpt-4o\n    base_url: {}\n",
        local.base_url, hosted.base_url
    )
}

#[test]
fn the_configs_models_are_asked_in_order_each_with_its_own_key() {
    let (local, hosted) = (FakeOpenAI::start(), FakeOpenAI::start());
    local.then(error(400, "model 'llama3.1:8b' not found, try pulling it first", "invalid_request_error"));
    let repo = TempRepo::new();
    repo.write("main.tf", QUEUE);
    repo.write(".tollgate.yaml", config(&local, &hosted, "LOCAL_API_KEY"));
    let env = [("LOCAL_API_KEY", "local-key"), ("OPENAI_API_KEY", "sk-hosted")];
    let run = tollgate_env(repo.path(), &["check", ".", "--explain", "-f", "json"], &env);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let report = run.json();
    validate("schemas/report.schema.json", &report);
    let explanation = &report["findings"][0]["explanation"];
    assert_eq!((explanation["source"].as_str(), explanation["model"].as_str()), (Some("model"), Some("gpt-4o")));
    let (asked_local, asked_hosted) = (local.requests(), hosted.requests());
    assert_eq!((asked_local.len(), asked_hosted.len()), (1, 1), "a 400 is not retried: the next model is asked");
    assert_eq!(asked_local[0].body["model"], "llama3.1:8b");
    assert_eq!(asked_local[0].authorization.as_deref(), Some("Bearer local-key"));
    assert_eq!(asked_hosted[0].authorization.as_deref(), Some("Bearer sk-hosted"));
    // `--model` replaces the config's chain.
    let flag = format!("gpt-4o-mini@{}", hosted.base_url);
    let run = tollgate_env(repo.path(), &["check", ".", "--explain", "-f", "json", "--model", &flag], &env);
    assert_eq!(run.json()["findings"][0]["explanation"]["model"], "gpt-4o-mini");
    assert_eq!(local.requests().len(), 1, "the config's local model is not asked");
}

#[test]
fn a_config_cannot_send_another_secret_as_the_key() {
    let (local, hosted) = (FakeOpenAI::start(), FakeOpenAI::start());
    let repo = TempRepo::new();
    repo.write("main.tf", QUEUE);
    repo.write(".tollgate.yaml", config(&local, &hosted, "GITHUB_TOKEN"));
    let run = tollgate_env(repo.path(), &["check", ".", "--explain", "-f", "json"], &[("GITHUB_TOKEN", "ghp_x")]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("api_key_env"), "{}", run.stderr);
    assert!(local.requests().is_empty() && hosted.requests().is_empty());
}

fn drift(extra: &[&str], env: &[(&str, &str)]) -> (i32, Value, String) {
    let mut args = vec!["drift", "testdata/drift/aws", "--live", "testdata/drift/aws/live", "--explain"];
    args.extend_from_slice(extra);
    let run = tollgate_env(&repo_root(), &args, env);
    (run.code, if extra.contains(&"json") { run.json() } else { Value::Null }, run.stdout)
}

fn explained(report: &Value) -> Vec<&Value> {
    ["missing", "unmanaged", "changed"]
        .iter()
        .flat_map(|k| report[k].as_array().expect("list").iter())
        .filter_map(|d| d.get("explanation"))
        .collect()
}

#[test]
fn drift_is_explained_from_the_drift_rules_offline() {
    let (code, report, _) = drift(&["-f", "json", "--no-cache"], &[]);
    assert_eq!(code, 1);
    validate("schemas/drift.schema.json", &report);
    let all = explained(&report);
    let differences: usize =
        ["missing", "unmanaged", "changed"].iter().map(|k| report[k].as_array().unwrap().len()).sum();
    assert_eq!(all.len(), differences.min(10), "{report}");
    assert!(all.iter().all(|e| e["source"] == "rule"));
    let tradeoffs = all[0]["tradeoffs"].as_str().unwrap_or_default();
    assert!(tradeoffs.contains("tollgate drift --fix"), "drift's own trade-offs: {tradeoffs}");
    let tag = report["changed"].as_array().unwrap().iter().find(|c| c["attribute"] == "tags.owner").unwrap();
    let risk = tag["explanation"]["risk"].as_str().unwrap_or_default();
    assert!(risk.contains("tag") || risk.contains("Tag"), "DRIFT005's own text: {risk}");
    let missing = &report["missing"][0]["explanation"];
    assert!(missing["change"].as_str().is_some_and(|c| c.contains(report["missing"][0]["address"].as_str().unwrap())));
    let (_, _, markdown) = drift(&["-f", "markdown", "--no-cache"], &[]);
    assert!(markdown.contains("<details><summary>Explanations ("), "{markdown}");
}

#[test]
fn drift_is_explained_by_a_model_when_one_is_configured() {
    let server = FakeOpenAI::start();
    let env = [("OPENAI_BASE_URL", server.base_url.as_str()), ("OPENAI_API_KEY", "sk-test-key")];
    let (code, report, _) = drift(&["-f", "json", "--no-cache", "--explain-max", "2"], &env);
    assert_eq!(code, 1);
    validate("schemas/drift.schema.json", &report);
    let all = explained(&report);
    assert_eq!(all.len(), 2);
    assert!(all.iter().all(|e| e["source"] == "model" && e["model"] == "gpt-4o-mini"), "{report}");
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    let sent = requests[0].body.to_string();
    assert!(sent.contains("DRIFT") || sent.contains("drift-"), "the drift rule's text is sent: {sent}");
}
