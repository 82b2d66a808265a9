//! `github pr --html FILE --html-url URL`: the report as one page for the run's artifacts, linked from
//! the pull-request comment (the Action's `html-report: true`).

use crate::github::{run, scanned};
use crate::github_server::FakeGitHub;

#[test]
fn the_page_is_written_and_the_comment_links_it() {
    let server = FakeGitHub::start();
    let repo = scanned();
    let url = "https://github.com/octo-org/infra/actions/runs/42#artifacts";
    let args = ["github", "pr", "--report", "report.json", "--html", "report.html", "--html-url", url];
    let run = run(&server, repo.path(), &args, &[]);
    assert_eq!(run.code, 1, "the gate's exit code: {}", run.stderr);
    let page = std::fs::read_to_string(repo.path().join("report.html")).expect("the page is written");
    assert!(page.starts_with("<!DOCTYPE html>") && page.contains("Findings (60)"), "{}", &page[..200]);
    let comments = server.state().comments.get(&7).cloned().unwrap_or_default();
    let body = comments[0]["body"].as_str().expect("comment body");
    assert!(body.contains(&format!("[The full report as a page]({url})")), "{body}");
}
