//! The parts every page of the demo shares, written once in `www/site/partials/` and put
//! into the pages when the site is assembled (`cargo xtask demo`): a line
//! `<!-- partial: header.html -->` in a page becomes the file `partials/header.html`,
//! indented as the marker is. The markup is in the page the server sends, so nothing
//! moves when scripts run (no layout shift), and pages work without JavaScript.

use std::fs;
use std::path::Path;

use crate::cmd::{Failure, Result};

/// The folder of the partials, inside the site.
const FOLDER: &str = "partials";

/// Puts the partials into every page of the assembled `site`, then removes the partials'
/// folder from it. A marker naming a partial that does not exist is an error.
pub fn insert(site: &Path) -> Result {
    let folder = site.join(FOLDER);
    let read = |path: &Path| {
        fs::read_to_string(path).map_err(|e| Failure::new(format!("{}: {e}", path.display())))
    };
    for entry in fs::read_dir(site).map_err(|e| Failure::new(format!("{}: {e}", site.display())))? {
        let page = entry
            .map_err(|e| Failure::new(format!("{}: {e}", site.display())))?
            .path();
        if page.extension().is_none_or(|ext| ext != "html") {
            continue;
        }
        let text = read(&page)?;
        let expanded = expand(&text, |name| {
            let valid = !name.is_empty()
                && name
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
                && !name.starts_with('.');
            if valid {
                read(&folder.join(name)).ok()
            } else {
                None
            }
        })
        .map_err(|name| {
            Failure::new(format!(
                "{}: no partial {name:?} in www/site/{FOLDER}/",
                page.display()
            ))
        })?;
        if expanded != text {
            fs::write(&page, expanded)
                .map_err(|e| Failure::new(format!("{}: {e}", page.display())))?;
        }
    }
    if folder.exists() {
        fs::remove_dir_all(&folder)
            .map_err(|e| Failure::new(format!("{}: {e}", folder.display())))?;
    }
    Ok(())
}

/// `page` with each marker line replaced by its partial (from `partial`), indented as the
/// marker; the name of the first partial `partial` does not know, as the error.
fn expand(
    page: &str,
    partial: impl Fn(&str) -> Option<String>,
) -> std::result::Result<String, String> {
    let mut out = String::with_capacity(page.len());
    for line in page.split_inclusive('\n') {
        let trimmed = line.trim();
        let Some(name) = trimmed
            .strip_prefix("<!-- partial:")
            .and_then(|rest| rest.strip_suffix("-->"))
            .map(str::trim)
        else {
            out.push_str(line);
            continue;
        };
        let text = partial(name).ok_or_else(|| name.to_owned())?;
        let indent = &line[..line.len() - line.trim_start().len()];
        for part in text.lines() {
            if !part.is_empty() {
                out.push_str(indent);
                out.push_str(part);
            }
            out.push('\n');
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_marker_becomes_its_partial_indented_as_the_marker() {
        let page = "<body>\n  <!-- partial: header.html -->\n  <main></main>\n</body>\n";
        let expanded = expand(page, |name| {
            (name == "header.html").then(|| "<header>\n  <p>x</p>\n</header>\n".to_owned())
        });
        assert_eq!(
            expanded.as_deref(),
            Ok("<body>\n  <header>\n    <p>x</p>\n  </header>\n  <main></main>\n</body>\n")
        );
    }

    #[test]
    fn an_unknown_partial_is_an_error_and_other_comments_stay() {
        let page = "<!-- a comment -->\n<!-- partial: nothing.html -->\n";
        assert_eq!(expand(page, |_| None), Err("nothing.html".to_owned()));
        let page = "<!-- a comment -->\n<p>text</p>";
        assert_eq!(expand(page, |_| None).as_deref(), Ok(page));
    }

    #[test]
    fn every_page_of_the_site_names_only_partials_that_exist() {
        let site = crate::cmd::root().join("www").join("site");
        let mut markers = 0;
        for entry in fs::read_dir(&site).unwrap() {
            let page = entry.unwrap().path();
            if page.extension().is_some_and(|ext| ext == "html") {
                let text = fs::read_to_string(&page).unwrap();
                markers += text.matches("<!-- partial:").count();
                let expanded = expand(&text, |name| {
                    fs::read_to_string(site.join(FOLDER).join(name)).ok()
                })
                .unwrap_or_else(|name| panic!("{}: {name}", page.display()));
                assert!(
                    expanded.contains("<header class=\"site-header\">"),
                    "{}",
                    page.display()
                );
            }
        }
        assert!(markers >= 5, "the five pages share their header");
    }
}
