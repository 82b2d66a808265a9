//! Helm charts are rendered natively and scanned: findings point at the template line that wrote
//! the value (a subchart's and a helper's output included), the config's values reach the chart, and
//! a chart that cannot render is a `helm-not-rendered` warning naming the reason and the line at
//! fault, never a silent skip.

use insta::assert_json_snapshot;
use serde_json::Value;

use crate::support::{TempRepo, tollgate};

const DEPLOYMENT: &str = r#"apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "web.fullname" . }}
  labels:
    {{- include "web.labels" . | nindent 4 }}
spec:
  replicas: {{ .Values.replicas }}
  template:
    spec:
      {{- if .Values.hostNetwork }}
      hostNetwork: true
      {{- end }}
      containers:
        - name: web
          image: "{{ .Values.image }}"
          securityContext:
            {{- toYaml .Values.securityContext | nindent 12 }}
"#;

const HELPERS: &str = r#"{{- define "web.fullname" -}}
{{ .Release.Name }}-{{ .Chart.Name | trunc 20 }}
{{- end }}
{{- define "web.labels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
{{- end }}
"#;

const SUB_POD: &str = r#"apiVersion: v1
kind: Pod
metadata:
  name: {{ .Release.Name }}-cache
spec:
  containers:
    - name: cache
      image: {{ .Values.global.registry }}/cache:1
      securityContext:
        privileged: {{ .Values.privileged }}
"#;

fn chart(repo: &TempRepo) {
    repo.write("charts/web/Chart.yaml", "apiVersion: v2\nname: web\nversion: 1.0.0\ndependencies:\n  - name: cache\n    version: 1.0.0\n    condition: cache.enabled\n");
    repo.write(
        "charts/web/values.yaml",
        "replicas: 2\nimage: nginx:1.27\nhostNetwork: false\nsecurityContext:\n  privileged: true\nglobal:\n  registry: registry.example.com\ncache:\n  enabled: true\n",
    );
    repo.write("charts/web/templates/deployment.yaml", DEPLOYMENT);
    repo.write("charts/web/templates/_helpers.tpl", HELPERS);
    repo.write("charts/web/charts/cache/Chart.yaml", "apiVersion: v2\nname: cache\nversion: 1.0.0\n");
    repo.write("charts/web/charts/cache/values.yaml", "privileged: false\n");
    repo.write("charts/web/charts/cache/templates/pod.yaml", SUB_POD);
}

/// (rule, file, line) of the active findings of the given rules.
fn located(report: &Value, rules: &[&str]) -> Vec<(String, String, u64)> {
    let text = |v: &Value| v.as_str().unwrap_or_default().to_owned();
    let mut found: Vec<(String, String, u64)> = report["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| rules.contains(&f["rule_id"].as_str().unwrap_or_default()))
        .map(|f| (text(&f["rule_id"]), text(&f["file"]), f["line"].as_u64().unwrap_or_default()))
        .collect();
    found.sort();
    found
}

#[test]
fn chart_findings_point_at_template_lines() {
    let repo = TempRepo::new();
    chart(&repo);
    let (run, report) = repo.check_json(&[]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(report["summary"]["helm_templates_skipped"], 0, "{report:#}");
    let findings = located(&report, &["K8S001", "K8S003", "K8S011"]);
    assert_json_snapshot!("helm_chart_findings", findings);
    // The privileged flag was written in values.yaml and reached the Deployment through `toYaml`: the
    // finding points at the values line, the template line that carries it is related.
    let privileged = report["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|f| f["rule_id"] == "K8S001" && f["resource"].as_str().is_some_and(|r| r.contains("web")))
        .cloned()
        .unwrap_or_default();
    assert_eq!(
        (privileged["file"].as_str(), privileged["line"].as_u64()),
        (Some("charts/web/values.yaml"), Some(5)),
        "{privileged:#}"
    );
    let related = &privileged["related"][0];
    assert_eq!(related["file"], "charts/web/templates/deployment.yaml", "{privileged:#}");
    let template_line = related["line"].as_u64().unwrap_or_default() as usize;
    assert!(DEPLOYMENT.lines().nth(template_line - 1).unwrap_or_default().contains("toYaml .Values.securityContext"));
    let sarif = crate::support::tollgate(repo.path(), &["check", ".", "--format", "sarif"]).json();
    let results = sarif["runs"][0]["results"].as_array().cloned().unwrap_or_default();
    let in_sarif = results.iter().find(|r| r["ruleId"] == "K8S001").cloned().unwrap_or_default();
    assert_eq!(
        in_sarif["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "charts/web/values.yaml",
        "{in_sarif:#}"
    );
    assert_eq!(
        in_sarif["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "charts/web/templates/deployment.yaml",
        "{in_sarif:#}"
    );

    // The config's values reach the chart: turning privileged off and the subchart off.
    repo.write(
        ".tollgate.yaml",
        "helm:\n  charts:\n    charts/web:\n      values:\n        securityContext:\n          privileged: false\n        cache:\n          enabled: false\n        hostNetwork: true\n",
    );
    let (_, report) = repo.check_json(&[]);
    let findings = located(&report, &["K8S001", "K8S003"]);
    assert_eq!(findings, [("K8S003".to_owned(), "charts/web/templates/deployment.yaml".to_owned(), 12)], "{report:#}");
}

#[test]
fn a_chart_that_does_not_render_is_a_warning_with_the_reason() {
    let repo = TempRepo::new();
    repo.write("broken/Chart.yaml", "apiVersion: v2\nname: broken\nversion: 1.0.0\n");
    repo.write("broken/templates/pod.yaml", "kind: Pod\nmetadata:\n  name: {{ .Values.name\n");
    repo.write("needs-value/Chart.yaml", "apiVersion: v2\nname: needs-value\nversion: 1.0.0\n");
    repo.write(
        "needs-value/templates/pod.yaml",
        "kind: Pod\nmetadata:\n  name: x\n  labels:\n    team: {{ required \"set .Values.team\" .Values.team }}\n",
    );
    repo.write("needs-deps/Chart.yaml", "apiVersion: v2\nname: app\nversion: 1.0.0\ndependencies:\n  - name: redis\n    version: 1.0.0\n    repository: https://charts.example.com\n");
    repo.write("needs-deps/templates/pod.yaml", "kind: Pod\n");
    repo.write(
        "ok.yaml",
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: ok\nspec:\n  containers:\n    - name: a\n      image: a:1\n",
    );
    let (run, report) = repo.check_json(&[]);
    let warnings: Vec<(String, String, Value)> = report["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|w| w["code"] == "helm-not-rendered")
        .map(|w| (w["file"].as_str().unwrap().to_owned(), w["message"].as_str().unwrap().to_owned(), w["line"].clone()))
        .collect();
    assert_eq!(warnings.len(), 3, "{report:#}");
    assert_eq!(warnings[0].0, "broken/templates/pod.yaml");
    // The action opened on line 3 is still open at the end of the file (line 4).
    assert_eq!(warnings[0].2, 4, "{warnings:?}");
    assert!(warnings[0].1.contains("chart broken not rendered"), "{warnings:?}");
    assert_eq!(warnings[1].0, "needs-deps/Chart.yaml");
    assert!(warnings[1].1.contains("helm dependency build"), "{warnings:?}");
    // A `required` value that is missing: the line of the `required` call.
    assert_eq!(
        (warnings[2].0.as_str(), &warnings[2].2),
        ("needs-value/templates/pod.yaml", &serde_json::json!(5)),
        "{warnings:?}"
    );
    assert!(warnings[2].1.contains("set .Values.team"), "{warnings:?}");
    assert_eq!(report["summary"]["helm_templates_skipped"], 3);
    // The template that does not parse is an input error at its line (exit 2); the others are not.
    assert_eq!(run.code, 2, "{}", run.stderr);
    let errors: Vec<(String, Value)> = report["errors"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|e| (e["file"].as_str().unwrap_or_default().to_owned(), e["line"].clone()))
        .collect();
    assert_eq!(errors, [("broken/templates/pod.yaml".to_owned(), serde_json::json!(4))], "{report:#}");
    // The plain manifest beside them is still scanned.
    assert!(report["findings"].as_array().unwrap().iter().any(|f| f["file"] == "ok.yaml"), "{}", run.stdout);
    let human = tollgate(repo.path(), &["check", "."]);
    assert!(
        human.stdout.contains("helm-not-rendered") || human.stderr.contains("helm-not-rendered"),
        "{}",
        human.stdout
    );
}

#[test]
fn rendering_is_bounded_by_the_limits() {
    let repo = TempRepo::new();
    repo.write("loop/Chart.yaml", "apiVersion: v2\nname: loop\nversion: 1.0.0\n");
    repo.write("loop/templates/_helpers.tpl", "{{- define \"loop\" -}}{{ include \"loop\" . }}{{- end -}}\n");
    repo.write("loop/templates/pod.yaml", "kind: Pod\nmetadata:\n  name: {{ include \"loop\" . }}\n");
    repo.write("wide/Chart.yaml", "apiVersion: v2\nname: wide\nversion: 1.0.0\n");
    repo.write(
        "wide/templates/cm.yaml",
        "kind: ConfigMap\ndata:\n{{- range until 5000 }}\n  k{{ . }}: v\n{{- end }}\n",
    );
    repo.write(".tollgate.yaml", "limits:\n  render_iterations: 1000\n  render_depth: 20\n");
    let (run, report) = repo.check_json(&[]);
    assert!(run.code <= 1, "{}", run.stderr);
    let messages: Vec<String> = report["warnings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|w| w["code"] == "helm-not-rendered")
        .map(|w| w["message"].as_str().unwrap_or_default().to_owned())
        .collect();
    assert!(messages.iter().any(|m| m.contains("chart loop") && m.contains("limits.render_depth")), "{messages:?}");
    assert!(
        messages.iter().any(|m| m.contains("chart wide") && m.contains("limits.render_iterations: 1000")),
        "{messages:?}"
    );
}

#[test]
fn helm_values_and_set_flags_reach_every_chart() {
    let repo = TempRepo::new();
    chart(&repo);
    let privileged = |report: &Value| located(report, &["K8S001"]).iter().any(|(_, f, _)| f.starts_with("charts/web/"));
    let (_, report) = repo.check_json(&[]);
    assert!(privileged(&report), "{report:#}");
    repo.write("prod-values.yaml", "securityContext:\n  privileged: true\n  runAsNonRoot: true\n");
    let (_, report) =
        repo.check_json(&["--helm-values", "prod-values.yaml", "--helm-set", "securityContext.privileged=false"]);
    assert!(!privileged(&report), "--helm-set wins over --helm-values: {report:#}");
    repo.write("broken-values.yaml", "securityContext: [\n");
    let run = tollgate(repo.path(), &["check", ".", "--helm-values", "broken-values.yaml"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("broken-values.yaml:"), "{}", run.stderr);
    let run = tollgate(repo.path(), &["check", ".", "--helm-set", "no-equals-sign"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
}

#[test]
fn a_cached_rescan_of_rendered_charts_and_overlays_reports_the_same() {
    let repo = TempRepo::new();
    chart(&repo);
    repo.write(
        "overlay/base.yaml",
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: c:1\n",
    );
    repo.write("overlay/patch.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  hostNetwork: true\n");
    repo.write("overlay/kustomization.yaml", "resources: [base.yaml]\npatches:\n  - path: patch.yaml\n");
    let cache = repo.path().join(".cache-dir");
    let cache = cache.to_string_lossy().into_owned();
    let findings = |report: &Value| {
        let mut all: Vec<String> = report["findings"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|f| format!("{} {} {} {}", f["rule_id"], f["file"], f["line"], f["related"]))
            .collect();
        all.sort();
        all
    };
    let (_, cold) = repo.check_json(&["--cache-dir", &cache]);
    let (_, warm) = repo.check_json(&["--cache-dir", &cache]);
    assert_eq!(findings(&cold), findings(&warm));
    assert!(findings(&warm).iter().any(|f| f.contains("charts/web/values.yaml")), "{:?}", findings(&warm));
    assert!(findings(&warm).iter().any(|f| f.contains("overlay/patch.yaml")), "{:?}", findings(&warm));
}

/// With `--helm-binary`, real helm renders the chart and the same rules fire on the same objects.
#[test]
fn helm_binary_renders_the_same_findings() {
    let binary = std::env::var("TOLLGATE_HELM").unwrap_or_else(|_| "helm".into());
    let present = std::process::Command::new(&binary).arg("version").output().is_ok_and(|o| o.status.success());
    if !crate::support::tool_available("helm", present) {
        return;
    }
    let repo = TempRepo::new();
    chart(&repo);
    let rules_by_file = |report: &Value| {
        let mut all: Vec<(String, String)> = report["findings"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|f| f["file"].as_str().is_some_and(|f| f.starts_with("charts/")))
            .map(|f| {
                (
                    f["rule_id"].as_str().unwrap_or_default().to_owned(),
                    f["resource"].as_str().unwrap_or_default().to_owned(),
                )
            })
            .collect();
        all.sort();
        all.dedup();
        all
    };
    let (_, native) = repo.check_json(&[]);
    let (run, with_helm) = repo.check_json(&["--helm-binary", &binary]);
    assert!(run.code <= 1, "{}", run.stderr);
    assert_eq!(rules_by_file(&native), rules_by_file(&with_helm));
    assert!(!rules_by_file(&with_helm).is_empty());
}

/// Fingerprints name the rule, the object and the attribute: a values change on unrelated lines (or
/// lines moving) leaves them as they were, so baselines keep matching.
#[test]
fn fingerprints_stay_when_values_move() {
    let repo = TempRepo::new();
    chart(&repo);
    let prints = |report: &Value| {
        let mut all: Vec<String> =
            report["findings"].as_array().into_iter().flatten().map(|f| f["fingerprint"].to_string()).collect();
        all.sort();
        all
    };
    let (_, before) = repo.check_json(&[]);
    let values = std::fs::read_to_string(repo.path().join("charts/web/values.yaml")).unwrap_or_default();
    repo.write("charts/web/values.yaml", format!("# production defaults\nnodeSelector: {{}}\n{values}"));
    let (_, after) = repo.check_json(&[]);
    assert_eq!(prints(&before), prints(&after));
    assert_ne!(before["findings"], after["findings"], "the values line moved, so the locations did");
}

/// A chart's values.yaml or an overlay's patch that does not parse is an input error (exit 2) at its
/// line, and the rest is scanned.
#[test]
fn values_and_patches_that_do_not_parse_are_errors() {
    let repo = TempRepo::new();
    repo.write("chart/Chart.yaml", "apiVersion: v2\nname: c\nversion: 1.0.0\n");
    repo.write("chart/values.yaml", "image: nginx\nsecurityContext: [\n");
    repo.write("chart/templates/pod.yaml", "kind: Pod\n");
    repo.write("overlay/base.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n");
    repo.write("overlay/patch.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: p\n");
    repo.write("overlay/kustomization.yaml", "resources: [base.yaml]\npatches:\n  - path: patch.yaml\n");
    let (run, report) = repo.check_json(&[]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    let files: Vec<String> = report["errors"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|e| e["file"].as_str().unwrap_or_default().to_owned())
        .collect();
    assert!(files.contains(&"chart/values.yaml".to_owned()), "{report:#}");
    assert!(files.contains(&"overlay/patch.yaml".to_owned()), "{report:#}");
    assert!(
        report["summary"]["resources"].as_u64().unwrap_or_default() >= 1,
        "the base Pod is still scanned: {report:#}"
    );
}
