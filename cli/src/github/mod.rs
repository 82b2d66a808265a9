//! `tollgate github ...`: results posted where users meet them, in the pull request. Every command
//! writes its local output first (the report, SARIF, the job summary), so nothing is lost when
//! posting fails; API errors exit 2 with the permission the token lacks.

mod api;
mod check_run;
mod comment;
pub mod comment_body;
mod context;
mod drift_issue;
mod fix_pr;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use clap::Parser;
use tollgate_engine::config::ModelConfig;
use tollgate_engine::cost::CostReport;
use tollgate_engine::drift::DriftReport;
use tollgate_engine::fix::FixStatus;
use tollgate_engine::report::model::Report;
use tollgate_engine::report::{self, Format};

use crate::args::{Cli, Command, GithubCommand, GithubDriftArgs, GithubFixPrArgs, GithubReportArgs};
use crate::commands::{EXIT_ERROR, Exit, check, fix};
use api::Api;
use context::Context;

pub fn run(command: &GithubCommand) -> Exit {
    let result = match command {
        GithubCommand::Comment(args) => report_command(args, Post::Comment),
        GithubCommand::Check(args) => report_command(args, Post::Check),
        GithubCommand::Pr(args) => report_command(args, Post::Both),
        GithubCommand::FixPr(args) => fix_pr(args),
        GithubCommand::DriftIssue(args) => drift_issue(args),
    };
    result.unwrap_or_else(|message| {
        eprintln!("error: {message}");
        EXIT_ERROR
    })
}

/// A single-threaded runtime for the few sequential API calls a command makes.
fn block_on<F: std::future::Future>(future: F) -> Result<F::Output, String> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the async runtime: {e}"))?;
    Ok(runtime.block_on(future))
}

fn api(ctx: &Context) -> Result<Api, String> {
    Api::new(&ctx.api_url, &ctx.token, &ctx.repo)
}

#[derive(Clone, Copy, PartialEq)]
enum Post {
    Comment,
    Check,
    Both,
}

fn read_json<T: serde::de::DeserializeOwned>(path: &Path, what: &str) -> Result<T, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{} is not a tollgate {what}: {e}", path.display()))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// The report to post: read from `--report`, or scanned here against the pull request's base.
/// The report, and the config's model fallback chain (none when the report is read from a file:
/// then `--model` and the OPENAI_* variables choose the model).
fn report(args: &GithubReportArgs, ctx: &Context) -> Result<(Report, Vec<ModelConfig>), String> {
    if let Some(path) = &args.report {
        return Ok((read_json(path, "JSON report (`check --format json`)")?, Vec::new()));
    }
    let mut argv: Vec<String> = vec!["tollgate".into(), "check".into()];
    argv.extend(args.paths.iter().map(|p| p.display().to_string()));
    if let Some(base) = &ctx.base_sha {
        argv.extend(["--base".into(), base.clone()]);
        if args.new_only {
            argv.push("--new-only".into());
        }
    }
    if let Some(level) = &args.fail_on {
        argv.extend(["--fail-on".into(), level.clone()]);
    }
    if let Some(config) = &args.config {
        argv.extend(["--config".into(), config.display().to_string()]);
    }
    let cli = Cli::try_parse_from(&argv).map_err(|e| e.to_string())?;
    let Command::Check(check_args) = cli.command else {
        return Err("internal: the scan arguments did not parse as `check`".into());
    };
    let outcome = check::outcome(&check_args, false, args.html.is_some()).map_err(|_| "the scan failed".to_owned())?;
    Ok((outcome.report, outcome.models))
}

fn report_command(args: &GithubReportArgs, post: Post) -> Result<Exit, String> {
    let ctx = Context::resolve(&args.target)?;
    let (mut report, models) = report(args, &ctx)?;
    if let Some(settings) =
        crate::explain::Settings::from_args(&args.explain, &models, tollgate_engine::cache::default_dir())
    {
        crate::explain::explain(&mut report, &BTreeMap::new(), &settings);
    }
    let drift: Option<DriftReport> =
        args.drift.as_deref().map(|p| read_json(p, "drift report (`drift --format json`)")).transpose()?;
    // Local outputs first: nothing is lost when posting fails.
    if let Some(path) = &args.write_report {
        write(path, &report::render(Format::Json, &report, &BTreeMap::new(), false))?;
    }
    if let Some(path) = &args.sarif {
        write(path, &report::render(Format::Sarif, &report, &BTreeMap::new(), false))?;
    }
    let cost: Option<CostReport> =
        args.cost.as_deref().map(|p| read_json(p, "cost estimate (`cost --format json`)")).transpose()?;
    if let Some(path) = &args.html {
        // A cost estimate given with --cost is the page's (it has the change's delta with --base).
        if let Some(cost) = &cost {
            let base_total = cost.diff.as_ref().map(|d| d.total_before);
            report.cost = Some(tollgate_engine::report::model::ReportCost { estimate: cost.clone(), base_total });
        }
        write(path, &report::render(Format::Html, &report, &BTreeMap::new(), false))?;
    }
    let extras =
        comment_body::Extras { drift: drift.as_ref(), cost: cost.as_ref(), html_url: args.html_url.as_deref() };
    let body = comment_body::render(&report, &extras, &ctx);
    if post == Post::Both {
        ctx.write_summary(&body)?;
        ctx.write_outputs(&[
            ("findings", report.summary.findings.to_string()),
            ("new", report.summary.new.to_string()),
            ("result", report.summary.result.clone()),
            (
                "report",
                args.write_report
                    .as_ref()
                    .or(args.report.as_ref())
                    .map(|p| p.display().to_string())
                    .unwrap_or_default(),
            ),
            (
                "cost_delta",
                cost.as_ref()
                    .and_then(|c| c.diff.as_ref())
                    .map(|d| format!("{:.2}", d.total_delta))
                    .unwrap_or_default(),
            ),
        ])?;
    }
    if args.no_post {
        return Ok(if post == Post::Both { report.exit_code() } else { 0 });
    }
    let pr = match post {
        Post::Check => None,
        Post::Comment => Some(ctx.pr()?),
        // The Action's step runs on pushes too: there the check run alone is posted.
        Post::Both => ctx.pr.or_else(|| {
            eprintln!("not a pull request: no comment, only the check run");
            None
        }),
    };
    let sha = if post == Post::Comment { None } else { Some(ctx.head_sha()?.to_owned()) };
    block_on(async {
        let api = api(&ctx)?;
        if let Some(pr) = pr {
            match comment::post(&api, pr, &body).await.map_err(|e| e.to_string())? {
                comment::Posted::Created(id) => eprintln!("created comment {id} on pull request #{pr}"),
                comment::Posted::Updated(id) => eprintln!("updated comment {id} on pull request #{pr}"),
            }
        }
        if let Some(sha) = sha {
            let (id, requests) = check_run::post(&api, &sha, &report, &body).await.map_err(|e| e.to_string())?;
            let annotations = check_run::annotated(&report).len();
            let conclusion = check_run::conclusion(&report);
            eprintln!("check run {id}: {conclusion} with {annotations} annotations ({requests} requests)");
        }
        Ok::<(), String>(())
    })??;
    Ok(if post == Post::Both { report.exit_code() } else { 0 })
}

fn fix_pr(args: &GithubFixPrArgs) -> Result<Exit, String> {
    let ctx = Context::resolve(&args.target)?;
    let filter = fix::filter_of(&args.rules, args.severity.as_deref(), Some(&args.max_risk))?;
    let verified = fix::verified_fixes(&args.scan, &filter, &args.propose).map_err(|_| "the scan failed".to_owned())?;
    if verified.discarded_proposals > 0 {
        eprintln!("{} model-proposed fixes discarded: not verified", verified.discarded_proposals);
    }
    let fixes: Vec<_> = verified.fixes.into_iter().filter(|f| f.status == FixStatus::Verified).collect();
    if verified.edited.is_empty() || fixes.is_empty() {
        eprintln!("nothing to fix: no pull request opened");
        return Ok(0);
    }
    let content = fix_pr::Content::rule_fixes(&fixes);
    let outcome = commit_pr(&ctx, args.target_branch.clone(), true, &verified.originals, &verified.edited, &content)?;
    for (path, why) in &outcome.refused {
        eprintln!("left out {path}: {why}");
    }
    let verb = if outcome.created { "opened" } else { "updated" };
    eprintln!("{verb} pull request #{} from {} with {} fixes", outcome.number, outcome.branch, fixes.len());
    Ok(0)
}

/// Commits the edited files through the git data API and opens or updates the pull request, on
/// `target` (else, with `onto_pr_head`, the pull request's head branch, else the default branch).
fn commit_pr(
    ctx: &Context,
    target: Option<String>,
    onto_pr_head: bool,
    originals: &BTreeMap<String, Option<String>>,
    edited: &BTreeMap<String, String>,
    content: &fix_pr::Content,
) -> Result<fix_pr::Outcome, String> {
    let cwd = std::env::current_dir().map_err(|e| e.to_string())?;
    let root: PathBuf =
        tollgate_engine::git::Repo::discover(&cwd).ok().and_then(|r| r.workdir().map(Path::to_path_buf)).unwrap_or(cwd);
    let mut files = Vec::new();
    for (file, fixed) in edited {
        let path = fix_pr::repo_path(&root, file)
            .ok_or_else(|| format!("{file} is not inside the repository at {}", root.display()))?;
        let original = originals.get(file).cloned().flatten().unwrap_or_default();
        files.push(fix_pr::FixedFile { path, original, fixed: fixed.clone() });
    }
    block_on(async {
        let api = api(ctx)?;
        let head = ctx.head_ref.clone().filter(|_| onto_pr_head);
        let target = match target.or(head).or_else(|| ctx.default_branch.clone()) {
            Some(branch) => branch,
            None => api.get(&api.repo_path(""), "contents: read").await.map_err(|e| e.to_string())?["default_branch"]
                .as_str()
                .map(str::to_owned)
                .ok_or("the repository has no default branch")?,
        };
        fix_pr::open(&api, &target, &files, content).await
    })?
}

fn drift_issue(args: &GithubDriftArgs) -> Result<Exit, String> {
    let ctx = Context::resolve(&args.target)?;
    let report: DriftReport = read_json(&args.report, "drift report (`drift --format json`)")?;
    let action = block_on(async {
        let api = api(&ctx)?;
        drift_issue::sync(&api, &report, ctx.run_url.as_deref()).await.map_err(|e| e.to_string())
    })??;
    match action {
        drift_issue::Action::Opened(n) => eprintln!("opened drift issue #{n}"),
        drift_issue::Action::Updated(n) => eprintln!("updated drift issue #{n}"),
        drift_issue::Action::Closed(n) => eprintln!("closed drift issue #{n}: no drift"),
        drift_issue::Action::Nothing => eprintln!("no drift and no open drift issue: nothing to do"),
    }
    if let Some(kind) = &args.fix_pr {
        return drift_pr(args, kind, &ctx);
    }
    Ok(0)
}

/// `drift-issue --fix-pr codify|import`: the verified reconciliation as a pull request.
fn drift_pr(args: &GithubDriftArgs, kind: &str, ctx: &Context) -> Result<Exit, String> {
    let mut argv: Vec<String> = vec!["tollgate".into(), "drift".into()];
    argv.extend(args.paths.iter().map(|p| p.display().to_string()));
    for live in &args.live {
        argv.extend(["--live".into(), live.display().to_string()]);
    }
    argv.extend(["--fix".into(), kind.to_owned()]);
    let cli = Cli::try_parse_from(&argv).map_err(|e| e.to_string())?;
    let Command::Drift(drift_args) = cli.command else {
        return Err("internal: the drift arguments did not parse as `drift`".into());
    };
    let verified = crate::commands::drift::verified_fixes(&drift_args).map_err(|_| "the drift comparison failed")?;
    let fixes: Vec<_> = verified.fixes.iter().filter(|f| f.status == FixStatus::Verified).collect();
    if fixes.is_empty() || verified.edited.is_empty() {
        eprintln!("no verified {kind} fix: no pull request opened");
        return Ok(0);
    }
    let content = fix_pr::Content::drift_fixes(kind, &fixes);
    // Reconciliation goes to the default branch, where the drift is measured from.
    let outcome = commit_pr(ctx, args.target_branch.clone(), false, &verified.originals, &verified.edited, &content)?;
    for (path, why) in &outcome.refused {
        eprintln!("left out {path}: {why}");
    }
    let verb = if outcome.created { "opened" } else { "updated" };
    eprintln!("{verb} pull request #{} from {} with {} {kind} fixes", outcome.number, outcome.branch, fixes.len());
    Ok(0)
}
