//! Where the GitHub commands post, from the environment as Actions provides it (`GITHUB_TOKEN`,
//! `GITHUB_API_URL`, `GITHUB_REPOSITORY`, `GITHUB_EVENT_PATH`, `GITHUB_SHA`, ...), flags overriding.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::args::GithubTarget;

/// The repository, pull request and revisions a command works on.
#[derive(Debug, Clone)]
pub struct Context {
    pub token: String,
    pub api_url: String,
    /// The web root for links (`GITHUB_SERVER_URL`, default `https://github.com`).
    pub server_url: String,
    /// `owner/name`.
    pub repo: String,
    pub pr: Option<u64>,
    /// The commit findings link to and the check run belongs to.
    pub head_sha: Option<String>,
    pub base_sha: Option<String>,
    /// The pull request's head branch, when it lives in this repository (not a fork).
    pub head_ref: Option<String>,
    pub default_branch: Option<String>,
    /// The job summary file inside Actions.
    pub step_summary: Option<PathBuf>,
    /// The workflow run's page, where the job summary lives.
    pub run_url: Option<String>,
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

impl Context {
    /// Reads the environment and the event file; flags win. Errors name what is missing.
    pub fn resolve(target: &GithubTarget) -> Result<Context, String> {
        let event = match target.event.clone().or_else(|| env("GITHUB_EVENT_PATH").map(PathBuf::from)) {
            Some(path) => {
                let text = std::fs::read_to_string(&path)
                    .map_err(|e| format!("cannot read the event file {}: {e}", path.display()))?;
                serde_json::from_str::<Value>(&text)
                    .map_err(|e| format!("event file {} is not JSON: {e}", path.display()))?
            }
            None => Value::Null,
        };
        let token = env("GITHUB_TOKEN").or_else(|| env("GH_TOKEN")).ok_or(
            "no GitHub token: set GITHUB_TOKEN (in a workflow: `env: GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}`)",
        )?;
        let repo = target
            .repo
            .clone()
            .or_else(|| env("GITHUB_REPOSITORY"))
            .or_else(|| event.pointer("/repository/full_name").and_then(Value::as_str).map(str::to_owned))
            .ok_or("no repository: set GITHUB_REPOSITORY or pass --repo OWNER/NAME")?;
        if repo.split('/').filter(|p| !p.is_empty()).count() != 2 {
            return Err(format!("repository `{repo}` is not OWNER/NAME"));
        }
        let pull = event.get("pull_request").filter(|p| p.is_object());
        let text = |value: Option<&Value>, pointer: &str| {
            value.and_then(|v| v.pointer(pointer)).and_then(Value::as_str).map(str::to_owned)
        };
        let head_repo = text(pull, "/head/repo/full_name");
        let server_url = env("GITHUB_SERVER_URL").unwrap_or_else(|| "https://github.com".into());
        let run_url = match (env("GITHUB_RUN_ID"), env("GITHUB_REPOSITORY")) {
            (Some(id), Some(r)) => Some(format!("{server_url}/{r}/actions/runs/{id}")),
            _ => None,
        };
        Ok(Context {
            token,
            api_url: env("GITHUB_API_URL").unwrap_or_else(|| "https://api.github.com".into()),
            server_url,
            pr: target.pr.or_else(|| pull.and_then(|p| p["number"].as_u64())),
            head_sha: target.sha.clone().or_else(|| text(pull, "/head/sha")).or_else(|| env("GITHUB_SHA")),
            base_sha: text(pull, "/base/sha"),
            head_ref: text(pull, "/head/ref").filter(|_| head_repo.as_deref().is_none_or(|r| r == repo)),
            default_branch: text(Some(&event), "/repository/default_branch"),
            step_summary: env("GITHUB_STEP_SUMMARY").map(PathBuf::from),
            run_url,
            repo,
        })
    }

    pub fn pr(&self) -> Result<u64, String> {
        self.pr.ok_or_else(|| {
            "no pull request: run on a `pull_request` event (GITHUB_EVENT_PATH) or pass --pr NUMBER".to_owned()
        })
    }

    pub fn head_sha(&self) -> Result<&str, String> {
        self.head_sha.as_deref().ok_or_else(|| "no commit: set GITHUB_SHA or pass --sha".to_owned())
    }

    /// A link to a file and line at the head commit (or the file alone without one).
    pub fn blob_link(&self, file: &str, line: usize) -> String {
        let path = file.trim_start_matches("./");
        let rev = self.head_sha.as_deref().unwrap_or("HEAD");
        let anchor = if line > 0 { format!("#L{line}") } else { String::new() };
        format!("{}/{}/blob/{rev}/{path}{anchor}", self.server_url, self.repo)
    }

    /// Sets step outputs (`name=value` lines in `GITHUB_OUTPUT`) when running inside Actions.
    pub fn write_outputs(&self, outputs: &[(&str, String)]) -> Result<(), String> {
        let Some(path) = env("GITHUB_OUTPUT") else { return Ok(()) };
        let text: String = outputs.iter().map(|(name, value)| format!("{name}={value}\n")).collect();
        append(Path::new(&path), &text).map_err(|e| format!("cannot write the step outputs {path}: {e}"))
    }

    /// Appends markdown to the job summary when running inside Actions.
    pub fn write_summary(&self, markdown: &str) -> Result<(), String> {
        let Some(path) = &self.step_summary else { return Ok(()) };
        append(path, &format!("{markdown}\n"))
            .map_err(|e| format!("cannot write the job summary {}: {e}", path.display()))
    }
}

fn append(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    std::fs::OpenOptions::new().create(true).append(true).open(path)?.write_all(text.as_bytes())
}
