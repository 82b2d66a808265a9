//! The inputs of `tollgate test` and `tollgate parse` as Conftest gathers them: files and directories
//! (walked for the file types a parser reads, `--ignore` skipping paths), `-` for standard input, empty
//! arguments ignored; each file read and parsed into its documents, or the error at its line.

use std::io::Read;
use std::path::{Path, PathBuf};

use serde_json::Value;
use tollgate_engine::conftest::parse::{PARSERS, parse, parser_for};

/// Conftest's parsers tollgate does not have yet: `--parser` naming one is refused by name.
const NOT_YET: [&str; 12] = [
    "cue",
    "cyclonedx",
    "edn",
    "hcl1",
    "hocon",
    "ignore",
    "jsonc",
    "jsonnet",
    "properties",
    "spdx",
    "textproto",
    "vcl",
];

/// Checks `--parser`: a parser tollgate has, or an error naming what it is.
pub fn check_parser(parser: Option<&str>) -> Result<(), String> {
    let Some(parser) = parser else { return Ok(()) };
    if parser_for("", Some(parser)).is_some() {
        Ok(())
    } else if NOT_YET.contains(&parser) {
        Err(format!("parser `{parser}` is not supported yet (supported: {})", PARSERS.join(", ")))
    } else {
        Err(format!("unknown parser `{parser}` (supported: {})", PARSERS.join(", ")))
    }
}

/// Every file under `path` (sorted), or `path` itself.
pub fn files_under(path: &Path) -> Vec<PathBuf> {
    let mut files: Vec<_> = ignore::WalkBuilder::new(path)
        .standard_filters(false)
        .build()
        .flatten()
        .filter(|e| e.file_type().is_some_and(|t| t.is_file()))
        .map(|e| e.into_path())
        .collect();
    files.sort();
    files
}

pub fn read(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    tollgate_engine::model::text::decode(&bytes).map_err(|e| format!("{}: {e}", path.display()))
}

/// The data documents (`--data`): every JSON and YAML file under the given paths.
pub fn data_documents(paths: &[PathBuf]) -> Result<Vec<Value>, String> {
    let mut data = Vec::new();
    for path in paths {
        if !path.exists() {
            return Err(format!("{}: no such file or directory", path.display()));
        }
        for file in files_under(path) {
            let name = tollgate_engine::load::display_path(&file);
            if let Some(parser @ ("json" | "yaml")) = parser_for(&name, None) {
                let docs = parse(parser, &read(&file)?)
                    .map_err(|e| format!("{name}:{}:{}: {}", e.line, e.column, e.message))?;
                data.extend(docs);
            }
        }
    }
    Ok(data)
}

/// An input file's name and its text, or why it could not be read.
pub type Source = (String, Result<String, String>);

/// The input files named by the arguments, each with its text (or why it could not be read). A
/// directory gives the files a parser reads, minus paths matching `ignore`; a missing path, or no
/// file at all, is an error.
pub fn gather(given: &[String], parser: Option<&str>, ignore: Option<&str>) -> Result<Vec<Source>, String> {
    let ignore = match ignore.filter(|i| !i.is_empty()) {
        Some(pattern) => Some(regex::Regex::new(pattern).map_err(|e| format!("--ignore `{pattern}`: {e}"))?),
        None => None,
    };
    let mut sources = Vec::new();
    for given in given.iter().filter(|g| !g.is_empty()) {
        if given == "-" {
            let mut text = String::new();
            let read = std::io::stdin().read_to_string(&mut text).map(|_| text).map_err(|e| e.to_string());
            sources.push(("-".to_owned(), read));
            continue;
        }
        let path = Path::new(given);
        if !path.exists() {
            return Err(format!("{given}: no such file or directory"));
        }
        if path.is_file() {
            sources.push((tollgate_engine::load::display_path(path), read(path)));
            continue;
        }
        for file in files_under(path) {
            let name = tollgate_engine::load::display_path(&file);
            if ignore.as_ref().is_some_and(|i| i.is_match(&name)) || parser_for(&name, parser).is_none() {
                continue;
            }
            let text = read(&file);
            sources.push((name, text));
        }
    }
    if sources.is_empty() {
        return Err("no files found".to_owned());
    }
    Ok(sources)
}
