//! Writing a fetched module's files safely: every path stays inside the module folder (no `..`, no
//! absolute paths, no symlink pointing out of it), and a package has at most `MAX_FILES` files and
//! `MAX_BYTES` bytes. Archives (tar.gz, zip) and git trees both write through [`Writer`].

use std::io::Read;
use std::path::{Component, Path, PathBuf};

/// Files one module package may hold.
pub const MAX_FILES: usize = 10_000;
/// Bytes one module package may unpack to.
pub const MAX_BYTES: u64 = 256 << 20;

/// Writes files under a root, counting against the limits.
pub struct Writer {
    root: PathBuf,
    files: usize,
    bytes: u64,
}

/// A relative path made only of normal parts, or why not.
pub fn checked(path: &Path) -> Result<PathBuf, String> {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            Component::Normal(name) => out.push(name),
            Component::CurDir => {}
            _ => return Err(format!("`{}` leaves the module folder", path.display())),
        }
    }
    Ok(out)
}

impl Writer {
    pub fn new(root: &Path) -> Writer {
        Writer { root: root.to_path_buf(), files: 0, bytes: 0 }
    }

    pub fn dir(&mut self, path: &Path) -> Result<(), String> {
        let target = self.root.join(checked(path)?);
        std::fs::create_dir_all(&target).map_err(|e| format!("{}: {e}", target.display()))
    }

    /// Writes one file from a reader, at most the bytes left under the limit.
    pub fn file(&mut self, path: &Path, mut data: impl Read) -> Result<(), String> {
        let relative = checked(path)?;
        self.files += 1;
        if self.files > MAX_FILES {
            return Err(format!("more than {MAX_FILES} files"));
        }
        let target = self.root.join(&relative);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        let mut body = Vec::new();
        let left = MAX_BYTES - self.bytes;
        data.by_ref().take(left + 1).read_to_end(&mut body).map_err(|e| format!("{}: {e}", path.display()))?;
        self.bytes += body.len() as u64;
        if self.bytes > MAX_BYTES {
            return Err(format!("more than {} MiB unpacked", MAX_BYTES >> 20));
        }
        std::fs::write(&target, body).map_err(|e| format!("{}: {e}", target.display()))
    }

    /// A symlink whose target stays inside the module folder; one pointing out is refused.
    pub fn symlink(&mut self, path: &Path, target: &Path) -> Result<(), String> {
        let relative = checked(path)?;
        let mut resolved: Vec<Component<'_>> = relative.parent().map(|p| p.components().collect()).unwrap_or_default();
        for part in target.components() {
            match part {
                Component::Normal(_) => resolved.push(part),
                Component::CurDir => {}
                Component::ParentDir if !resolved.is_empty() => {
                    resolved.pop();
                }
                _ => {
                    let (link, to) = (path.display(), target.display());
                    return Err(format!("the symlink `{link}` points out of the module folder (`{to}`)"));
                }
            }
        }
        let link = self.root.join(&relative);
        if let Some(parent) = link.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        #[cfg(unix)]
        std::os::unix::fs::symlink(target, &link).map_err(|e| format!("{}: {e}", link.display()))?;
        Ok(())
    }
}

/// Unpacks a `.tar.gz` or `.zip` archive (told apart by their first bytes) into `root`.
pub fn unpack(data: &[u8], root: &Path) -> Result<(), String> {
    let mut writer = Writer::new(root);
    if data.starts_with(b"PK\x03\x04") {
        return unzip(data, &mut writer);
    }
    if !data.starts_with(&[0x1f, 0x8b]) {
        return Err("not a tar.gz or zip archive".into());
    }
    let mut archive = tar::Archive::new(flate2::read::GzDecoder::new(data));
    let entries = archive.entries().map_err(|e| format!("unreadable archive: {e}"))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("unreadable archive: {e}"))?;
        let path = entry.path().map_err(|e| format!("unreadable entry name: {e}"))?.into_owned();
        match entry.header().entry_type() {
            tar::EntryType::Regular | tar::EntryType::Continuous => writer.file(&path, entry)?,
            tar::EntryType::Directory => writer.dir(&path)?,
            tar::EntryType::Symlink => {
                let target = entry.link_name().ok().flatten().map(|t| t.into_owned()).unwrap_or_default();
                writer.symlink(&path, &target)?;
            }
            tar::EntryType::Link => return Err(format!("the hard link `{}` is not unpacked", path.display())),
            // pax headers, devices and fifos carry no module file.
            _ => {}
        }
    }
    Ok(())
}

fn unzip(data: &[u8], writer: &mut Writer) -> Result<(), String> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(data)).map_err(|e| format!("unreadable zip: {e}"))?;
    if archive.len() > MAX_FILES {
        return Err(format!("more than {MAX_FILES} files"));
    }
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).map_err(|e| format!("unreadable zip entry: {e}"))?;
        let name = file.name().to_owned();
        let path = file.enclosed_name().ok_or_else(|| format!("`{name}` leaves the module folder"))?;
        if file.is_dir() {
            writer.dir(&path)?;
        } else if file.is_symlink() {
            let mut target = String::new();
            file.read_to_string(&mut target).map_err(|e| format!("{name}: {e}"))?;
            writer.symlink(&path, Path::new(&target))?;
        } else {
            writer.file(&path, &mut file)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tar_gz(entries: &[(&str, tar::EntryType, &[u8], Option<&str>)]) -> Vec<u8> {
        let mut builder = tar::Builder::new(flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast()));
        for (path, kind, data, link) in entries {
            let mut header = tar::Header::new_gnu();
            header.set_entry_type(*kind);
            header.set_size(data.len() as u64);
            header.set_mode(0o644);
            // Raw names, as a hostile archive writes them (the builder would refuse `..`).
            let name = &mut header.as_old_mut().name;
            name[..path.len()].copy_from_slice(path.as_bytes());
            if let Some(link) = link {
                header.as_old_mut().linkname[..link.len()].copy_from_slice(link.as_bytes());
            }
            header.set_cksum();
            builder.append(&header, *data).unwrap();
        }
        builder.into_inner().unwrap().finish().unwrap()
    }

    #[test]
    fn a_clean_archive_unpacks() {
        let dir = tempfile::tempdir().unwrap();
        let data = tar_gz(&[
            ("mod/main.tf", tar::EntryType::Regular, b"variable \"acl\" {}\n", None),
            ("mod/link.tf", tar::EntryType::Symlink, b"", Some("main.tf")),
        ]);
        unpack(&data, dir.path()).unwrap();
        assert!(dir.path().join("mod/main.tf").is_file());
    }

    #[test]
    fn hostile_archives_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        for entry in [
            ("../../escape.tf", tar::EntryType::Regular, &b"x"[..], None),
            ("/etc/cron.d/x", tar::EntryType::Regular, &b"x"[..], None),
            ("mod/out", tar::EntryType::Symlink, &b""[..], Some("../../../etc/passwd")),
            ("mod/abs", tar::EntryType::Symlink, &b""[..], Some("/etc/passwd")),
        ] {
            let error = unpack(&tar_gz(&[entry]), dir.path()).unwrap_err();
            assert!(
                error.contains("out of the module folder") || error.contains("leaves the module folder"),
                "{error}"
            );
        }
        assert!(!dir.path().join("escape.tf").exists() && !dir.path().parent().unwrap().join("escape.tf").exists());
    }
}
