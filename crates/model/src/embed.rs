//! How the page is presented when an article embeds it (`embed=1&view=story&theme=light&plain=1&static=1&v=1.1.0`),
//! and the messages an embedded page exchanges with its host: the heights it posts (Pym.js, Datawrapper, AMP) and
//! the one message it accepts (Pym.js's width). Pure: it reads and writes strings; the web app posts and listens.
//! A host's message is parsed here and never evaluated.

/// What part of the explorer a page shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum View {
    /// The scenario told for an article column: what was switched off, the chain, the services gone dark.
    Story,
    /// The market-share chart alone.
    Chart,
    /// The switches and the dependency map.
    Map,
    /// The whole explorer.
    Full,
}

impl View {
    pub const ALL: [View; 4] = [View::Story, View::Chart, View::Map, View::Full];

    /// The view's name in the URL (`view=story`).
    pub fn code(self) -> &'static str {
        match self {
            View::Story => "story",
            View::Chart => "chart",
            View::Map => "map",
            View::Full => "full",
        }
    }

    pub fn from_code(code: &str) -> Option<View> {
        View::ALL.into_iter().find(|view| view.code() == code)
    }
}

/// The colour scheme asked for (`theme=`), set on the page's root as `data-theme`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Theme {
    Light,
    Dark,
    /// Follows the reader's system setting.
    Auto,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Light, Theme::Dark, Theme::Auto];

    pub fn code(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }

    pub fn from_code(code: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|theme| theme.code() == code)
    }
}

/// How the page is presented: part of the `Scenario` (so a link carries it) but not of what is switched off.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Presentation {
    /// `embed=1`: inside an article, without the site's chrome.
    pub embed: bool,
    /// `view=`; `None` is the default of the mode (`Presentation::view`).
    pub view: Option<View>,
    /// `theme=`; `None` is the default of the mode (`Presentation::theme`).
    pub theme: Option<Theme>,
    /// `plain=1`: no title or credits, for pages that write their own.
    pub plain: bool,
    /// `static=1`: a picture of the given scenario, nothing to click.
    pub still: bool,
    /// `v=`: the data version the link was made with.
    pub version: Option<String>,
    /// Pym.js's `childId`, which the host adds to the iframe's address: the id its height messages carry. Read,
    /// never written back into a link (it belongs to one host page).
    pub child_id: Option<String>,
}

/// The longest Pym.js child id accepted (Pym's own are a few dozen characters).
pub const MAX_CHILD_ID: usize = 64;

/// The longest message from a host that is even looked at, in bytes.
pub const MAX_HOST_MESSAGE: usize = 256;

/// The id height messages carry when the host gave none (Datawrapper's listener matches the iframe by its window,
/// not by this id).
pub const DEFAULT_CHILD_ID: &str = "cloudfall";

impl Presentation {
    /// The view shown: the asked one, else the story in an embed and the whole explorer on the site.
    pub fn view(&self) -> View {
        self.view.unwrap_or(if self.embed { View::Story } else { View::Full })
    }

    /// The theme to set on the page: the asked one, else light in an embed (to match the host page), else none
    /// (the site's own stylesheet decides).
    pub fn theme(&self) -> Option<Theme> {
        self.theme.or(self.embed.then_some(Theme::Light))
    }

    /// Whether the reader can change anything (`static=1` makes a picture).
    pub fn interactive(&self) -> bool {
        !self.still
    }

    /// The id the page's height messages carry.
    pub fn child_id(&self) -> &str {
        self.child_id.as_deref().unwrap_or(DEFAULT_CHILD_ID)
    }

    /// Reads one URL parameter if it is a presentation one: `Some(Ok(()))` when it was read, `Some(Err(()))` when
    /// the key is one of these but the value is not understood, `None` when the key is not a presentation one.
    pub(crate) fn read(&mut self, key: &str, value: &str) -> Option<Result<(), ()>> {
        let read = match key {
            "embed" => flag(value).map(|on| self.embed = on),
            "plain" => flag(value).map(|on| self.plain = on),
            "static" => flag(value).map(|on| self.still = on),
            "view" => View::from_code(value).map(|view| self.view = Some(view)),
            "theme" => Theme::from_code(value).map(|theme| self.theme = Some(theme)),
            "v" => version(value).map(|version| self.version = Some(version)),
            "childId" => child_id(value).map(|id| self.child_id = Some(id)),
            // What else Pym.js adds to the iframe's address: the host page's width, title and address, not needed.
            "initialWidth" | "parentTitle" | "parentUrl" => Some(()),
            _ => return None,
        };
        Some(read.ok_or(()))
    }

    /// The URL pairs of this presentation, in a fixed order (`childId` is never written).
    pub(crate) fn pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if self.embed {
            pairs.push(("embed", "1".to_string()));
        }
        if let Some(view) = self.view {
            pairs.push(("view", view.code().to_string()));
        }
        if let Some(theme) = self.theme {
            pairs.push(("theme", theme.code().to_string()));
        }
        if self.plain {
            pairs.push(("plain", "1".to_string()));
        }
        if self.still {
            pairs.push(("static", "1".to_string()));
        }
        if let Some(version) = &self.version {
            pairs.push(("v", version.clone()));
        }
        pairs
    }

    /// The presentation of the full explorer opened from an embed: the same data version, nothing else of the
    /// embed (no `embed`, `view`, `theme`, `plain` or `static`).
    pub fn for_explorer(&self) -> Presentation {
        Presentation { version: self.version.clone(), ..Presentation::default() }
    }

    /// The presentation an embed snippet asks for: this one, embedded, without the host's child id.
    pub fn for_embed(&self) -> Presentation {
        Presentation { embed: true, child_id: None, ..self.clone() }
    }
}

/// `1`/`true`/`yes` or `0`/`false`/`no`.
fn flag(value: &str) -> Option<bool> {
    match value.to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" => Some(true),
        "0" | "false" | "no" => Some(false),
        _ => None,
    }
}

/// A data version such as `1.1.0`: digits and dots, at most 16 characters.
fn version(value: &str) -> Option<String> {
    let ok = !value.is_empty() && value.len() <= 16 && value.bytes().all(|b| b.is_ascii_digit() || b == b'.');
    ok.then(|| value.to_string())
}

/// A Pym.js child id: letters, digits, `-` and `_`, at most `MAX_CHILD_ID` of them.
fn child_id(value: &str) -> Option<String> {
    let ok = !value.is_empty()
        && value.len() <= MAX_CHILD_ID
        && value.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    ok.then(|| value.to_string())
}

/// Pym.js's message delimiter.
const PYM: &str = "xPYMx";

/// What the page posts to its host when its content is `height` CSS pixels tall: Pym.js's message (a string),
/// Datawrapper's (an object `{"datawrapper-height": {id: px}}`) and AMP's (`{"sentinel": "amp", "type":
/// "embed-size", "height": px}`), the last two as JSON text for the page to parse into objects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeightMessages {
    pub pym: String,
    pub datawrapper: String,
    pub amp: String,
}

/// The messages that tell a host the page is `height` pixels tall.
pub fn height_messages(child_id: &str, height: u32) -> HeightMessages {
    // The id is checked when read (`child_id`), so it needs no escaping; the default is a plain word.
    HeightMessages {
        pym: format!("pym{PYM}{child_id}{PYM}height{PYM}{height}"),
        datawrapper: format!("{{\"datawrapper-height\":{{\"{child_id}\":{height}}}}}"),
        amp: format!("{{\"sentinel\":\"amp\",\"type\":\"embed-size\",\"height\":{height}}}"),
    }
}

/// The width a host reports in Pym.js's `width` message for this child (`pymxPYMx<id>xPYMxwidthxPYMx<px>`), or
/// `None` for anything else: another child's message, another type, a malformed or over-long string. The page
/// answers a width message with its height; nothing in a message is ever run.
pub fn pym_width(message: &str, child_id: &str) -> Option<u32> {
    if message.len() > MAX_HOST_MESSAGE {
        return None;
    }
    let rest = message.strip_prefix("pym")?.strip_prefix(PYM)?;
    let rest = rest.strip_prefix(child_id)?.strip_prefix(PYM)?;
    let width = rest.strip_prefix("width")?.strip_prefix(PYM)?;
    if width.is_empty() || width.len() > 6 || !width.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    width.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_embed_shows_the_story_in_light_and_the_site_shows_everything_in_its_own_theme() {
        let site = Presentation::default();
        assert_eq!((site.view(), site.theme(), site.interactive()), (View::Full, None, true));
        let embed = Presentation { embed: true, ..Presentation::default() };
        assert_eq!((embed.view(), embed.theme()), (View::Story, Some(Theme::Light)));
        let dark_map = Presentation { view: Some(View::Map), theme: Some(Theme::Dark), ..embed };
        assert_eq!((dark_map.view(), dark_map.theme()), (View::Map, Some(Theme::Dark)));
    }

    #[test]
    fn flags_views_themes_versions_and_child_ids_are_read_strictly() {
        let mut presentation = Presentation::default();
        for (key, value) in [("embed", "1"), ("view", "chart"), ("theme", "auto"), ("plain", "true"), ("static", "1")] {
            assert_eq!(presentation.read(key, value), Some(Ok(())), "{key}={value}");
        }
        assert_eq!(presentation.read("v", "1.1.0"), Some(Ok(())));
        assert_eq!(presentation.read("childId", "cloudfall-1"), Some(Ok(())));
        assert_eq!(presentation.read("parentUrl", "https://news.example/a"), Some(Ok(())));
        assert_eq!(
            presentation,
            Presentation {
                embed: true,
                view: Some(View::Chart),
                theme: Some(Theme::Auto),
                plain: true,
                still: true,
                version: Some("1.1.0".into()),
                child_id: Some("cloudfall-1".into()),
            }
        );
        for (key, value) in [
            ("embed", "please"),
            ("view", "Story"),
            ("theme", "pink"),
            ("v", "1.0; drop"),
            ("childId", "a\"b"),
            ("childId", &"x".repeat(MAX_CHILD_ID + 1)),
        ] {
            assert_eq!(presentation.read(key, value), Some(Err(())), "{key}={value}");
        }
        assert_eq!(presentation.read("off", "aws"), None, "not a presentation key");
    }

    #[test]
    fn the_explorer_link_drops_the_embed_and_keeps_the_data_version() {
        let embed = Presentation {
            embed: true,
            view: Some(View::Story),
            theme: Some(Theme::Dark),
            plain: true,
            still: true,
            version: Some("1.1.0".into()),
            child_id: Some("pym-1".into()),
        };
        assert_eq!(embed.for_explorer(), Presentation { version: Some("1.1.0".into()), ..Presentation::default() });
        assert_eq!(embed.for_embed().child_id, None);
        assert!(embed.pairs().iter().all(|(key, _)| *key != "childId"));
    }

    #[test]
    fn the_height_is_posted_in_the_three_formats_hosts_listen_for() {
        let messages = height_messages("pym-1", 812);
        assert_eq!(messages.pym, "pymxPYMxpym-1xPYMxheightxPYMx812");
        assert_eq!(messages.datawrapper, r#"{"datawrapper-height":{"pym-1":812}}"#);
        assert_eq!(messages.amp, r#"{"sentinel":"amp","type":"embed-size","height":812}"#);
    }

    #[test]
    fn only_pym_s_width_message_for_this_child_is_accepted() {
        assert_eq!(pym_width("pymxPYMxpym-1xPYMxwidthxPYMx700", "pym-1"), Some(700));
        for other in [
            "pymxPYMxpym-2xPYMxwidthxPYMx700",
            "pymxPYMxpym-1xPYMxheightxPYMx700",
            "pymxPYMxpym-1xPYMxwidthxPYMx",
            "pymxPYMxpym-1xPYMxwidthxPYMx-1",
            "pymxPYMxpym-1xPYMxwidthxPYMx7e2",
            "pymxPYMxpym-1xPYMxwidthxPYMx9999999",
            "pymxPYMxpym-1xPYMxwidthxPYMx700xPYMxalert(1)",
            "pymxPYMxpym-1xPYMxnavigateToxPYMxjavascript:alert(1)",
            "{\"datawrapper-height\":{}}",
            "",
        ] {
            assert_eq!(pym_width(other, "pym-1"), None, "{other}");
        }
        let long = format!("pymxPYMxpym-1xPYMxwidthxPYMx700{}", " ".repeat(MAX_HOST_MESSAGE));
        assert_eq!(pym_width(&long, "pym-1"), None, "over-long messages are not read");
    }
}
