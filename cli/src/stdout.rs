//! Standard output that a closed reader does not crash: `tollgate check -f json | head` stops writing
//! when `head` exits and the run keeps the exit code its findings give, as `grep` does, instead of
//! panicking with "failed printing to stdout".

use std::io::{ErrorKind, Write};
use std::sync::atomic::{AtomicBool, Ordering};

static CLOSED: AtomicBool = AtomicBool::new(false);

/// Writes `text` to stdout unless the reader has gone; other write errors are reported once on stderr.
pub fn write(text: &str) {
    if CLOSED.load(Ordering::Relaxed) {
        return;
    }
    let mut stdout = std::io::stdout().lock();
    if let Err(err) = stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
        CLOSED.store(true, Ordering::Relaxed);
        if err.kind() != ErrorKind::BrokenPipe {
            eprintln!("error: cannot write to stdout: {err}");
        }
    }
}

/// `print!` that stops quietly when stdout is closed.
macro_rules! out {
    ($($arg:tt)*) => {
        $crate::stdout::write(&format!($($arg)*))
    };
}

/// `println!` that stops quietly when stdout is closed.
macro_rules! outln {
    () => {
        $crate::stdout::write("\n")
    };
    ($($arg:tt)*) => {
        $crate::stdout::write(&format!("{}\n", format_args!($($arg)*)))
    };
}
