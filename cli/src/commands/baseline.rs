//! `tollgate baseline create`: write the fingerprints of today's findings.

use tollgate_engine::suppress::baseline::Baseline;
use tollgate_engine::{Silent, scan};

use super::{EXIT_ERROR, Exit, scan_setup};
use crate::args::BaselineCommand;

pub fn run(command: &BaselineCommand) -> Exit {
    let BaselineCommand::Create { scan: scan_args, output } = command;
    let Ok(options) = scan_setup::options(scan_args) else {
        return EXIT_ERROR;
    };
    let outcome = scan(&options, &Silent);
    let baseline = Baseline::from_report(&outcome.report);
    let text = match serde_json::to_string_pretty(&baseline) {
        Ok(text) => text + "\n",
        Err(err) => {
            eprintln!("error: {err}");
            return EXIT_ERROR;
        }
    };
    if let Err(err) = std::fs::write(output, text) {
        eprintln!("error: cannot write {}: {err}", output.display());
        return EXIT_ERROR;
    }
    eprintln!("wrote {} findings to {}", baseline.findings.len(), output.display());
    if outcome.report.errors.is_empty() {
        0
    } else {
        for e in &outcome.report.errors {
            eprintln!("error: {}:{}:{}: {}", e.file, e.line, e.column, e.message);
        }
        EXIT_ERROR
    }
}
