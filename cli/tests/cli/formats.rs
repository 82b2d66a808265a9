//! Every output format at once, each to its own file: junit, markdown, github annotations.

use crate::support::{PUBLIC_BUCKET, TempRepo, tollgate};

#[test]
fn formats_write_to_their_outputs() {
    let repo = TempRepo::new();
    repo.write("main.tf", PUBLIC_BUCKET).write("broken.tf", "resource \"x\" {\n");
    let run = tollgate(
        repo.path(),
        &[
            "check",
            ".",
            "--format",
            "sarif",
            "--output",
            "out.sarif",
            "--format",
            "json",
            "--output",
            "out.json",
            "--format",
            "junit",
            "--output",
            "out.xml",
            "--format",
            "markdown",
            "--output",
            "out.md",
            "--format",
            "github",
        ],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    let read = |name: &str| std::fs::read_to_string(repo.path().join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
    let json: serde_json::Value = serde_json::from_str(&read("out.json")).expect("json");
    assert_eq!(json["summary"]["result"], "error");
    let sarif: serde_json::Value = serde_json::from_str(&read("out.sarif")).expect("sarif");
    assert_eq!(sarif["version"], "2.1.0");
    assert_eq!(sarif["runs"][0]["invocations"][0]["executionSuccessful"], false);

    let xml = read("out.xml");
    let mut reader = quick_xml::Reader::from_str(&xml);
    let (mut failures, mut errors) = (0, 0);
    loop {
        match reader.read_event().expect("well-formed JUnit XML") {
            quick_xml::events::Event::Start(e) if e.name().as_ref() == b"failure" => failures += 1,
            quick_xml::events::Event::Start(e) if e.name().as_ref() == b"error" => errors += 1,
            quick_xml::events::Event::Eof => break,
            _ => {}
        }
    }
    assert_eq!((failures, errors), (2, 1));

    let md = read("out.md");
    assert!(md.contains("tollgate: errors") && md.contains("| high | `AWS001`"), "{md}");
    assert!(
        run.stdout
            .contains("::error file=main.tf,line=3,endLine=3,col=3,title=AWS001 S3 bucket ACL grants public access::"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("::error file=broken.tf,line="), "{}", run.stdout);
}

#[test]
fn markdown_snapshot_of_a_clean_run() {
    let repo = TempRepo::new();
    repo.write(
        "main.tf",
        "resource \"aws_ebs_volume\" \"v\" {\n  size      = 1\n  type      = \"gp3\"\n  encrypted = true\n}\n",
    );
    let run = tollgate(repo.path(), &["check", ".", "--format", "markdown"]);
    assert_eq!(run.code, 0);
    insta::assert_snapshot!("clean_markdown", run.stdout.replace('\r', ""));
}
