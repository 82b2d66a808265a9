//! `--explain`: the rule's explanation offline; with an OpenAI-compatible endpoint on 127.0.0.1
//! (`openai_server`), the model's, sent with secrets redacted, cached, audited, retried on 429 and
//! stopped by the token budget; a bad answer never fails the scan.

use serde_json::Value;

use crate::openai_server::{FakeOpenAI, completion, error};
use crate::support::{Run, TempRepo, tollgate_env, validate};

const MAIN: &str = r#"variable "db_password" {
  type      = string
  sensitive = true
  default   = "correct-horse-battery-staple"
}

resource "aws_sqs_queue" "jobs" {
  name                    = "jobs"
  sqs_managed_sse_enabled = false
  tags = {
    deploy_key    = "AKIAIOSFODNN7EXAMPLE"
    secret_access = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
    note          = "correct-horse-battery-staple"
  }
  description = <<EOT
-----BEGIN RSA PRIVATE KEY-----
MIIEowIBAAKCAQEAtestkeymaterialtestkeymaterial
-----END RSA PRIVATE KEY-----
EOT
}

resource "aws_sqs_queue" "events" {
  name                    = "events"
  sqs_managed_sse_enabled = false
}
"#;

const SECRETS: [&str; 5] =
    ["AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI", "correct-horse-battery-staple", "MIIEowIBAAKCAQEA", "testkeymaterial"];

fn repo() -> TempRepo {
    let repo = TempRepo::new();
    repo.write("main.tf", MAIN);
    // The variable's default is here to be redacted; its own finding (TF001) is not what these tests count.
    repo.write(".tollgate.yaml", "rules:\n  disable: [TF001]\n");
    repo
}

fn run(repo: &TempRepo, server: &FakeOpenAI, extra: &[&str]) -> Run {
    let mut args = vec!["check", ".", "--explain", "--format", "json"];
    args.extend_from_slice(extra);
    let env = [("OPENAI_BASE_URL", server.base_url.as_str()), ("OPENAI_API_KEY", "sk-test-key")];
    tollgate_env(repo.path(), &args, &env)
}

fn explanations(run: &Run) -> Vec<Value> {
    let report = run.json();
    validate("schemas/report.schema.json", &report);
    report["findings"].as_array().expect("findings").iter().map(|f| f["explanation"].clone()).collect()
}

#[test]
fn without_a_model_the_rule_explains_offline() {
    let repo = repo();
    let run = tollgate_env(repo.path(), &["check", ".", "--explain", "--format", "json"], &[]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let all = explanations(&run);
    assert_eq!(all.len(), 2);
    for e in &all {
        assert_eq!(e["source"], "rule");
        assert!(e["risk"].as_str().is_some_and(|t| !t.is_empty()), "{e}");
        assert!(e["change"].as_str().is_some_and(|t| t.contains("aws_sqs_queue.")), "{e}");
    }
    let markdown = tollgate_env(repo.path(), &["check", ".", "--explain", "--format", "markdown"], &[]);
    assert!(markdown.stdout.contains("<details><summary>Explanations (2)</summary>"), "{}", markdown.stdout);
    assert!(markdown.stdout.contains("from the rule's documentation"), "{}", markdown.stdout);
}

#[test]
fn model_answers_are_sent_redacted_then_cached_and_audited() {
    let server = FakeOpenAI::start();
    let repo = repo();
    let cache = repo.path().join("cache").display().to_string();
    let audit = repo.path().join("audit.jsonl");
    let audit_arg = audit.display().to_string();
    let first = run(&repo, &server, &["--cache-dir", &cache, "--audit-log", &audit_arg]);
    assert_eq!(first.code, 1, "{}", first.stderr);
    for e in explanations(&first) {
        assert_eq!(e["source"], "model", "{e}");
        assert_eq!(e["model"], "gpt-4o-mini");
        assert_eq!(e["change"], "Set sqs_managed_sse_enabled = true.");
    }
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    for request in &requests {
        assert_eq!(request.authorization.as_deref(), Some("Bearer sk-test-key"));
        let body = request.body.to_string();
        for secret in SECRETS {
            assert!(!body.contains(secret), "{secret} was sent: {body}");
        }
        assert_eq!(request.body["model"], "gpt-4o-mini");
        assert_eq!(request.body["response_format"]["type"], "json_schema");
    }
    let jobs = requests.iter().map(|r| r.body.to_string()).find(|b| b.contains("aws_sqs_queue.jobs")).expect("jobs");
    assert!(jobs.contains("[REDACTED]") && jobs.contains("AWS018"), "{jobs}");
    // Same code, same model, same prompt: served from the cache, nothing sent.
    let second = run(&repo, &server, &["--cache-dir", &cache, "--audit-log", &audit_arg]);
    assert_eq!(server.requests().len(), 2, "no request on the second run");
    assert!(explanations(&second).iter().all(|e| e["cached"] == true));
    let lines: Vec<Value> = std::fs::read_to_string(&audit)
        .expect("audit log")
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    let outcomes: Vec<&str> = lines.iter().map(|l| l["outcome"].as_str().unwrap_or("")).collect();
    assert_eq!(outcomes, ["answered", "answered", "cached", "cached"]);
    assert_eq!(lines[0]["prompt_tokens"], 60);
    assert_eq!(lines[2]["cache_hit"], true);
    assert!(lines[0]["prompt_hash"].as_str().is_some_and(|h| h.len() == 64));
}

#[test]
fn a_rate_limit_is_retried() {
    let server = FakeOpenAI::start();
    server.then(error(429, "Rate limit reached for gpt-4o-mini", "requests"));
    let run = run(&repo(), &server, &[]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(explanations(&run).iter().all(|e| e["source"] == "model"));
    assert_eq!(server.requests().len(), 3, "one retry");
}

#[test]
fn the_budget_stops_requests_and_the_report_says_so() {
    let server = FakeOpenAI::start();
    let run = run(&repo(), &server, &["--model-budget", "100"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(server.requests().len(), 1, "the first answer spends the budget");
    let all = explanations(&run);
    assert_eq!(all.iter().filter(|e| e["source"] == "model").count(), 1);
    let kept = all.iter().find(|e| e["source"] == "rule").expect("one keeps the rule's");
    assert!(kept["note"].as_str().is_some_and(|n| n.contains("token budget (100 tokens) is spent")), "{kept}");
    let report = run.json();
    assert!(report["warnings"].as_array().expect("warnings").iter().any(|w| w["code"] == "explain-budget-spent"));
}

#[test]
fn an_invalid_answer_keeps_the_rule_explanation_and_never_fails_the_scan() {
    let server = FakeOpenAI::start();
    server.then((200, vec![], completion("Sure! Here is what I think: the queue is unencrypted.")));
    let run = run(&repo(), &server, &[]);
    assert_eq!(run.code, 1, "findings still decide the exit code: {}", run.stderr);
    let all = explanations(&run);
    let kept = all.iter().find(|e| e["source"] == "rule").expect("rule explanation kept");
    assert!(kept["note"].as_str().is_some_and(|n| n.contains("not a JSON object")), "{kept}");
    let report = run.json();
    assert!(report["warnings"].as_array().expect("warnings").iter().any(|w| w["code"] == "explain-failed"));
}

#[test]
fn a_dry_run_prints_what_would_be_sent_and_sends_nothing() {
    let server = FakeOpenAI::start();
    let run = run(&repo(), &server, &["--explain-dry-run"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(server.requests().is_empty());
    let requests: Vec<Value> = run
        .stderr
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .filter(|v: &Value| v.get("messages").is_some())
        .collect();
    assert_eq!(requests.len(), 2, "{}", run.stderr);
    for secret in SECRETS {
        assert!(!run.stderr.contains(secret), "{secret} would be sent");
    }
    assert!(run.stderr.contains("[REDACTED]"));
}

const LISTENER: &str = r#"# The public web listener.
resource "aws_lb_listener" "web" {
  load_balancer_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/web/1"
  port              = 80
  protocol          = "HTTP" # TLS ends here for now
  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/1"
  }
}
"#;

fn propose(server: &FakeOpenAI, answer: Value) -> (Run, Value) {
    let repo = TempRepo::new();
    repo.write("lb.tf", LISTENER);
    server.then((200, vec![], completion(&answer.to_string())));
    let env = [("OPENAI_BASE_URL", server.base_url.as_str()), ("OPENAI_API_KEY", "sk-test-key")];
    let run = tollgate_env(repo.path(), &["fix", ".", "--rule", "AWS015", "--propose", "--format", "json"], &env);
    let json = run.json();
    validate("schemas/fix.schema.json", &json);
    (run, json)
}

#[test]
fn a_proposed_fix_is_shown_only_once_verified_and_marked() {
    let server = FakeOpenAI::start();
    let answer = serde_json::json!({"set": [
        {"path": "port", "value": 443},
        {"path": "protocol", "value": "HTTPS"},
        {"path": "ssl_policy", "value": "ELBSecurityPolicy-TLS13-1-2-2021-06"},
        {"path": "certificate_arn", "value": "arn:aws:acm:eu-west-1:123456789012:certificate/web"}
    ], "remove": []});
    let (run, json) = propose(&server, answer);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let fix = &json["fixes"][0];
    assert_eq!(fix["proposed_by"], "gpt-4o-mini", "{json}");
    assert_eq!(fix["status"], "verified", "{json}");
    let diff = json["diffs"][0]["diff"].as_str().expect("diff");
    assert!(diff.contains("+  protocol          = \"HTTPS\" # TLS ends here for now"), "{diff}");
    let sent = server.requests()[0].body.to_string();
    assert!(sent.contains("AWS015") && sent.contains("aws_lb_listener.web"), "{sent}");
}

#[test]
fn a_proposed_fix_that_leaves_the_finding_is_discarded() {
    let server = FakeOpenAI::start();
    let (run, json) = propose(&server, serde_json::json!({"set": [{"path": "port", "value": 8080}], "remove": []}));
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(json["fixes"].as_array().map(Vec::len), Some(0), "{json}");
    assert_eq!(json["diffs"].as_array().map(Vec::len), Some(0), "{json}");
    assert_eq!(json["discarded_proposals"], 1, "{json}");
}
