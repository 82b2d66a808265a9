//! Progress on stderr for runs longer than a second, only when stderr is a terminal.

use std::io::IsTerminal;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use tollgate_engine::Progress;

const SHOW_AFTER: Duration = Duration::from_secs(1);

pub struct TerminalProgress {
    bar: Option<ProgressBar>,
    started: Instant,
    /// `TOLLGATE_TIMINGS=1`: print when each stage starts, for profiling.
    timings: bool,
}

impl TerminalProgress {
    pub fn new() -> Self {
        let bar = std::io::stderr().is_terminal().then(|| {
            let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
            if let Ok(style) = ProgressStyle::with_template("{spinner} {msg} {pos}/{len} [{elapsed}]") {
                bar.set_style(style);
            }
            bar
        });
        let timings = std::env::var_os("TOLLGATE_TIMINGS").is_some();
        TerminalProgress { bar, started: Instant::now(), timings }
    }

    fn reveal(&self, bar: &ProgressBar) {
        if bar.is_hidden() && self.started.elapsed() > SHOW_AFTER {
            bar.set_draw_target(ProgressDrawTarget::stderr());
        }
    }

    pub fn finish(&self) {
        if self.timings {
            eprintln!("[{:>8.3}s {:>4} MB] done", self.started.elapsed().as_secs_f64(), resident_mb());
        }
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

impl Progress for TerminalProgress {
    fn stage(&self, name: &'static str, total: usize) {
        if self.timings {
            eprintln!("[{:>8.3}s {:>4} MB] {name} ({total})", self.started.elapsed().as_secs_f64(), resident_mb());
        }
        if let Some(bar) = &self.bar {
            bar.set_message(name);
            bar.set_length(total as u64);
            bar.set_position(0);
            self.reveal(bar);
        }
    }

    fn advance(&self, by: usize) {
        if let Some(bar) = &self.bar {
            bar.inc(by as u64);
            self.reveal(bar);
        }
    }
}

/// The process's resident memory in MB (Linux; 0 elsewhere), for `TOLLGATE_TIMINGS`.
fn resident_mb() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb =
        status.lines().find_map(|l| l.strip_prefix("VmRSS:")).and_then(|v| v.split_whitespace().next()?.parse().ok());
    kb.unwrap_or(0u64) / 1024
}
