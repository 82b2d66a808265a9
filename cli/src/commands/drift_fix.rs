//! `tollgate drift --fix codify|import [--write]`: reconciliation edits for the drift found, each
//! verified by re-running the comparison on the edited files in memory; a dry run prints the verified
//! fixes as a unified diff, `--write` writes them (each file whole or not at all).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use tollgate_engine::drift::live::LiveSnapshots;
use tollgate_engine::drift::{self, DriftReport};
use tollgate_engine::fix::FixStatus;
use tollgate_engine::fix::drift_fix::{DriftFix, codify, entry_keys};
use tollgate_engine::fix::import::import;
use tollgate_engine::fix::verify::verify;
use tollgate_engine::load::display_path;
use tollgate_engine::model::resource::Resource;

use super::{EXIT_ERROR, Exit, fix_output};
use crate::args::DriftArgs;

/// Where `--fix import` writes: `--import-file`, else `imported.tf` in the first scanned path.
fn import_file(args: &DriftArgs) -> PathBuf {
    if let Some(file) = &args.import_file {
        return file.clone();
    }
    let first = args.scan.paths.first().cloned().unwrap_or_else(|| PathBuf::from("."));
    let dir = if first.is_file() { first.parent().map(Path::to_path_buf).unwrap_or_default() } else { first };
    dir.join("imported.tf")
}

fn read(file: &str) -> Option<String> {
    std::fs::read_to_string(file).ok()
}

/// The reconciliation fixes with their verification, the original texts and the verified edits.
pub struct Verified {
    pub fixes: Vec<DriftFix>,
    pub originals: BTreeMap<String, Option<String>>,
    pub edited: BTreeMap<String, String>,
}

pub fn run(
    args: &DriftArgs,
    snapshots: &LiveSnapshots,
    desired: &[Resource],
    report: &DriftReport,
    by_desired: &[Option<usize>],
) -> Exit {
    let Verified { fixes, originals, edited } = match verified(args, snapshots, desired, report, by_desired) {
        Ok(verified) => verified,
        Err(code) => return code,
    };
    let lines: Vec<String> = fixes
        .iter()
        .map(|fix| {
            let what =
                if fix.attributes.is_empty() { String::new() } else { format!(" ({})", fix.attributes.join(", ")) };
            let why = fix.reason.as_deref().map(|r| format!(": {r}")).unwrap_or_default();
            let (status, kind) = (fix_output::name(&fix.status), fix_output::name(&fix.kind));
            format!("{status:<10} {kind:<6} {}{what} in {}{why}", fix.address, fix.file)
        })
        .collect();
    fix_output::finish(fix_output::Finish {
        write: args.write,
        format: &args.format,
        output: args.output.as_ref(),
        originals: &originals,
        edited: &edited,
        fixes: serde_json::to_value(&fixes).unwrap_or_default(),
        lines,
        all_verified: fixes.iter().all(|f| f.status == FixStatus::Verified),
        discarded_proposals: 0,
    })
}

/// Plans the `--fix` kinds asked for and verifies each fix by comparing again on the edited files.
pub fn verified(
    args: &DriftArgs,
    snapshots: &LiveSnapshots,
    desired: &[Resource],
    report: &DriftReport,
    by_desired: &[Option<usize>],
) -> Result<Verified, Exit> {
    if !report.errors.is_empty() {
        for e in &report.errors {
            eprintln!("error: {}:{}:{}: {}", e.file, e.line, e.column, e.message);
        }
        eprintln!("error: no fixes while files or snapshots cannot be read");
        return Err(EXIT_ERROR);
    }
    let mut fixes: Vec<DriftFix> = Vec::new();
    if args.fix.iter().any(|k| k == "codify") {
        fixes.extend(codify(report, desired, &snapshots.resources, by_desired, &read));
    }
    if args.fix.iter().any(|k| k == "import") {
        let path = import_file(args);
        let file = display_path(&path);
        let taken: BTreeSet<String> = desired.iter().map(|r| r.address.clone()).collect();
        fixes.extend(import(report, &snapshots.resources, &taken, &file, read(&file).as_deref()));
    }
    let originals: BTreeMap<String, Option<String>> =
        fixes.iter().flat_map(|f| &f.edits).map(|e| (e.file.clone(), read(&e.file))).collect();
    let rescan = |edited: &BTreeMap<String, String>| {
        let overlay: BTreeMap<String, Arc<[u8]>> =
            edited.iter().map(|(f, t)| (f.clone(), Arc::from(t.as_bytes()))).collect();
        let mut errors = Vec::new();
        let desired = super::drift_desired::desired(args, &snapshots.files, &overlay, &mut errors)
            .ok_or_else(|| "the configuration could not be read".to_owned())?;
        if let Some(e) = errors.first() {
            return Err(format!("{}:{}: {}", e.file, e.line, e.message));
        }
        Ok(entry_keys(&drift::compare(&desired, &snapshots.resources, &snapshots.options)))
    };
    let edited = verify(&mut fixes, &originals, &entry_keys(report), &rescan);
    Ok(Verified { fixes, originals, edited })
}
