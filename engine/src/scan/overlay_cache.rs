//! The Kustomize overlays' build cache: what an overlay built (its files as built, or why it did not
//! build), kept with the content hash of every file the build read. A later run reuses it while none
//! of those files changed, so a warm re-scan builds no overlay.

use std::sync::{Arc, Mutex};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::cache::Cache;
use crate::load::{FileRef, Format, LineOrigin, RenderedFrom};
use crate::render::kustomize::{BuildError, Read};

/// One overlay's build as stored.
#[derive(Serialize, Deserialize)]
struct StoredBuild {
    /// Every file the build read, with the hash of its content (`None`: it could not be read).
    inputs: Vec<(String, Option<String>)>,
    outcome: Result<Vec<StoredFile>, StoredError>,
}

#[derive(Serialize, Deserialize)]
struct StoredFile {
    source: String,
    text: String,
    template: String,
    lines: Vec<usize>,
    /// Lines whose value a patch wrote: the patch file and its line.
    origins: Vec<Option<(String, usize)>>,
}

#[derive(Serialize, Deserialize)]
struct StoredError {
    message: String,
    parse: Option<(String, usize, usize, String)>,
}

type Built = Result<Vec<FileRef>, BuildError>;

/// The overlay in `dir` built by `build` (which reads through the reader it is given), or taken from
/// the cache when every file an earlier build read is unchanged.
pub(super) fn build_cached(
    cache: Option<&Cache>,
    dir: &str,
    read: &Read<'_>,
    build: impl Fn(&Read<'_>) -> Built,
) -> Built {
    let name = format!("kustomize-overlay\0{dir}");
    let Some(cache) = cache else { return build(read) };
    if let Some(stored) = cache.load_extra::<StoredBuild>(&name)
        && stored.inputs.iter().all(|(path, hash)| digest(read(path).as_deref()) == *hash)
    {
        return restore(stored.outcome);
    }
    let inputs = Mutex::new(Vec::new());
    let recording = |path: &str| {
        let text = read(path);
        if let Ok(mut inputs) = inputs.lock() {
            inputs.push((path.to_owned(), digest(text.as_deref())));
        }
        text
    };
    let built = build(&recording);
    let mut inputs = inputs.into_inner().unwrap_or_default();
    inputs.sort();
    inputs.dedup();
    cache.store_extra(&name, &StoredBuild { inputs, outcome: keep(&built) });
    built
}

fn digest(text: Option<&str>) -> Option<String> {
    text.map(|t| hex::encode(Sha256::digest(t.as_bytes())))
}

fn keep(built: &Built) -> Result<Vec<StoredFile>, StoredError> {
    match built {
        Ok(files) => Ok(files
            .iter()
            .filter_map(|f| {
                let rendered = f.rendered.as_ref()?;
                Some(StoredFile {
                    source: f.display.clone(),
                    text: String::from_utf8_lossy(f.data.as_deref()?).into_owned(),
                    template: rendered.template.to_string(),
                    lines: rendered.lines.clone(),
                    origins: rendered.origins.iter().map(|o| o.as_ref().map(|o| (o.file.clone(), o.line))).collect(),
                })
            })
            .collect()),
        Err(err) => Err(StoredError { message: err.message.clone(), parse: err.parse.clone() }),
    }
}

fn restore(outcome: Result<Vec<StoredFile>, StoredError>) -> Built {
    match outcome {
        Ok(files) => Ok(files
            .into_iter()
            .map(|f| FileRef {
                path: f.source.clone().into(),
                display: f.source,
                format: Format::Yaml,
                data: Some(Arc::from(f.text.into_bytes())),
                rendered: Some(Arc::new(RenderedFrom {
                    template: Arc::from(f.template),
                    lines: f.lines,
                    origins: f
                        .origins
                        .into_iter()
                        .map(|o| o.map(|(file, line)| LineOrigin { file, line, role: "patch" }))
                        .collect(),
                })),
            })
            .collect()),
        Err(err) => Err(BuildError { message: err.message, parse: err.parse }),
    }
}
