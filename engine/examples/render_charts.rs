//! Renders every chart under the given folders with the built-in Helm renderer and prints charts/s,
//! templates/s and documents; with `--print CHART_DIR`, prints one chart's rendered output instead.
//! `cargo run --release -p tollgate-engine --example render_charts -- ../shared/helm-charts`

use std::path::{Path, PathBuf};
use std::time::Instant;

use tollgate_engine::render::helm::{self, Release};

fn charts(dir: &Path, out: &mut Vec<PathBuf>) {
    if dir.join("Chart.yaml").is_file() {
        out.push(dir.to_path_buf());
        return;
    }
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir).into_iter().flatten().flatten().map(|e| e.path()).collect();
    entries.sort();
    for entry in entries.into_iter().filter(|p| p.is_dir()) {
        charts(&entry, out);
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--print") {
        let dir = Path::new(args.get(1).map(String::as_str).unwrap_or("."));
        let files = helm::read_folder(dir, 10_000).unwrap_or_default();
        match helm::render(&files, serde_json::Value::Null, &Release::default()) {
            Ok(rendered) => rendered.iter().for_each(|r| println!("---\n# Source: {}\n{}", r.path, r.text)),
            Err(e) => eprintln!("not rendered: {:?}:{}:{}: {}", e.path, e.line, e.column, e.message),
        }
        return;
    }
    let mut found = Vec::new();
    for dir in &args {
        charts(Path::new(dir), &mut found);
    }
    let start = Instant::now();
    let (mut rendered, mut templates, mut bytes) = (0, 0, 0);
    for chart in &found {
        let files = helm::read_folder(chart, 10_000).unwrap_or_default();
        match helm::render(&files, serde_json::Value::Null, &Release::default()) {
            Ok(out) => {
                rendered += 1;
                templates += out.len();
                bytes += out.iter().map(|r| r.text.len()).sum::<usize>();
            }
            Err(e) => println!("not rendered: {}: {:?}:{}: {}", chart.display(), e.path, e.line, e.message),
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{rendered}/{} charts, {templates} templates, {bytes} bytes in {secs:.3} s ({:.0} charts/s, {:.0} templates/s)",
        found.len(),
        found.len() as f64 / secs,
        templates as f64 / secs
    );
}
