//! Live snapshots on disk (`--live FILE_OR_DIR`), and joining them to a scan's resources for `check
//! --live`: declared resources get their drift state, live entries join the resources rules run on.

use std::collections::{BTreeSet, HashMap};
use std::io::BufReader;
use std::path::{Path, PathBuf};

use super::state::{declared_states, live_states};
use super::{DriftOptions, DriftReport, compare_matched, is_declared, jsonl, snapshot};
use crate::load::display_path;
use crate::model::resource::{Kind, Resource};
use crate::report::model::ReportError;

/// The live resources of every `--live` path, the snapshot files read, and what could not be read.
#[derive(Debug, Clone, Default)]
pub struct LiveSnapshots {
    pub resources: Vec<Resource>,
    pub files: BTreeSet<String>,
    pub errors: Vec<ReportError>,
    pub options: DriftOptions,
    /// Per refresh-only plan that carries `resource_drift`: its file and the addresses listed there.
    pub terraform_drift: Vec<(String, Vec<String>)>,
}

impl LiveSnapshots {
    /// Warns where a refresh-only plan's own `resource_drift` and the report disagree.
    pub fn cross_check(&self, report: &mut DriftReport) {
        for (file, listed) in &self.terraform_drift {
            super::terraform_drift::cross_check(report, file, listed);
        }
    }
}

fn error(file: &str, line: usize, column: usize, message: String) -> ReportError {
    ReportError { kind: "snapshot".into(), file: file.to_owned(), line, column, message, rule_id: None }
}

/// Every snapshot file under a path (sorted), or the path itself.
fn snapshot_files(path: &Path) -> Vec<PathBuf> {
    if path.is_file() {
        return vec![path.to_path_buf()];
    }
    let mut files: Vec<PathBuf> = ignore::WalkBuilder::new(path)
        .standard_filters(false)
        .build()
        .flatten()
        .filter(|e| e.file_type().is_some_and(|t| t.is_file()))
        .map(|e| e.into_path())
        .filter(|p| {
            let name = p.to_string_lossy();
            [".json", ".jsonl", ".ndjson", ".yaml", ".yml", ".tfstate"].iter().any(|ext| name.ends_with(ext))
        })
        .collect();
    files.sort();
    files
}

fn is_json_lines_file(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "jsonl" || e == "ndjson")
}

/// Reads a file as text (UTF-8, or UTF-16 with a byte-order mark).
pub fn read_text(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    crate::model::text::decode(&bytes).map_err(|e| e.to_string())
}

/// Loads the snapshots under `paths`; unreadable or unknown ones are errors, the others still load.
pub fn load_paths(paths: &[PathBuf], options: DriftOptions) -> LiveSnapshots {
    let mut live = LiveSnapshots { options, ..Default::default() };
    // Two snapshots of one estate (`terraform show -json` and the `.tfstate` it was made from) name a
    // Terraform resource twice: it is one live resource, compared once (the first file's).
    let mut terraform_seen: std::collections::HashSet<(String, String)> = Default::default();
    for path in paths {
        let found = snapshot_files(path);
        if found.is_empty() {
            let message = if path.exists() { "no snapshot files here" } else { "no such file or directory" };
            live.errors.push(error(&display_path(path), 1, 1, message.into()));
        }
        for file in found {
            let display = display_path(&file);
            let loaded = if is_json_lines_file(&file) {
                // Streamed a line at a time: inventory exports run to gigabytes.
                std::fs::File::open(&file)
                    .map_err(|e| (1, 1, e.to_string()))
                    .and_then(|f| jsonl::load(&display, BufReader::new(f)).map_err(|e| (e.line, e.column, e.message)))
            } else {
                read_text(&file).map_err(|m| (1, 1, m)).and_then(|text| {
                    let (resources, listed) =
                        snapshot::load_with_drift(&display, &text).map_err(|e| (e.line, e.column, e.message))?;
                    if let Some(listed) = listed {
                        live.terraform_drift.push((display.clone(), listed));
                    }
                    Ok(resources)
                })
            };
            match loaded {
                Ok(resources) => live.resources.extend(resources.into_iter().filter(|r| {
                    !matches!(r.kind, Kind::TerraformState | Kind::TerraformPlan)
                        || terraform_seen.insert((r.resource_type.clone(), r.address.clone()))
                })),
                Err((line, column, message)) => live.errors.push(error(&display, line, column, message)),
            }
            live.files.insert(display);
        }
    }
    live
}

/// What joining live snapshots to a scan gave.
pub struct Joined {
    pub report: DriftReport,
    /// For each live entry appended to the resources, the index of the declared resource it matched.
    pub code_of: HashMap<usize, usize>,
}

/// Compares the declared resources among `resources` with the live ones, gives each declared resource
/// its drift state and appends the live entries (with theirs), so rules run on both.
pub fn join(resources: &mut Vec<Resource>, live: &LiveSnapshots) -> Joined {
    let declared: Vec<usize> = resources
        .iter()
        .enumerate()
        .filter(|(_, r)| is_declared(r) && !live.files.contains(&r.file))
        .map(|(i, _)| i)
        .collect();
    let desired: Vec<Resource> = declared.iter().map(|i| resources[*i].clone()).collect();
    let (mut report, by_desired) = compare_matched(&desired, &live.resources, &live.options);
    live.cross_check(&mut report);
    let states = declared_states(&desired, &live.resources, &by_desired, &report, true);
    let entry_states = live_states(&desired, &live.resources, &by_desired, &states, &report);
    for (index, state) in declared.iter().zip(states) {
        resources[*index].drift = Some(Box::new(state));
    }
    let first = resources.len();
    let mut code_of = HashMap::new();
    for (d, matched) in by_desired.iter().enumerate() {
        if let Some(l) = matched {
            code_of.insert(first + l, declared[d]);
        }
    }
    for (entry, state) in live.resources.iter().zip(entry_states) {
        let mut entry = entry.clone();
        entry.drift = Some(Box::new(state));
        resources.push(entry);
    }
    Joined { report, code_of }
}

impl Joined {
    /// Drops findings on live entries that a declared resource they matched has too (same rule and
    /// attribute): the code's finding says it, where it can be fixed. What remains on live entries is
    /// live-only.
    pub fn drop_covered(&self, findings: &mut Vec<crate::evaluate::run::RawFinding>) {
        let on_code: BTreeSet<(usize, usize, Option<String>)> =
            findings.iter().map(|f| (f.rule, f.resource, f.attribute.clone())).collect();
        findings.retain(|f| {
            self.code_of.get(&f.resource).is_none_or(|code| !on_code.contains(&(f.rule, *code, f.attribute.clone())))
        });
    }
}
