//! The map's colours and state marks, written once: the canvas map draws its boxes and its pixel overview with
//! these. The SVG map takes the same values from `static/css/story.css` and `app.css` (the `:root` variables `--paper`,
//! `--accent`, `--dark`, `--degraded`, `--alarm`, `--focus` and the `.node[data-state]`, `.hatch-line` and `.edge`
//! rules): change a colour there and here together. Pure: no web-sys, tested natively.

use cloudfall_model::NodeState;

/// A colour as the canvas takes it (`css`) and as the pixel overview writes it (`rgb`), from one literal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Colour {
    pub css: &'static str,
    pub rgb: [u8; 3],
}

/// Reads `#rrggbb` (or `#rgb`) at compile time, so each colour is written once, as in the CSS.
const fn colour(css: &'static str) -> Colour {
    const fn digit(byte: u8) -> u8 {
        match byte {
            b'0'..=b'9' => byte - b'0',
            b'a'..=b'f' => byte - b'a' + 10,
            b'A'..=b'F' => byte - b'A' + 10,
            _ => 0,
        }
    }
    const fn channel(high: u8, low: u8) -> u8 {
        digit(high) * 16 + digit(low)
    }
    let rgb = match css.as_bytes() {
        [_, r, g, b] => [digit(*r) * 17, digit(*g) * 17, digit(*b) * 17],
        [_, r1, r2, g1, g2, b1, b2] => [channel(*r1, *r2), channel(*g1, *g2), channel(*b1, *b2)],
        // Not a colour: black, which a test of the palette's contrast would catch.
        _ => [0, 0, 0],
    };
    Colour { css, rgb }
}

/// `--paper`: the background, the fill of a node that is up, and the marks on a down node.
pub const PAPER: Colour = colour("#ffffff");
/// `--ink`: names on light boxes.
pub const INK: Colour = colour("#1a1a1a");
/// `--accent`: the outline of a node that is up.
pub const ACCENT: Colour = colour("#1f6fb2");
/// `--dark`: a node that is down.
pub const DARK: Colour = colour("#222222");
/// `.hatch-line`: the hatching over a down node.
pub const HATCH: Colour = colour("#555");
/// `--degraded`: the dashed outline and the "!" of a degraded node, and the links that carry it.
pub const DEGRADED: Colour = colour("#9e5e00");
/// `.node-how.how-unknown`: the dotted outline and "?" of a web service with no public dependency.
pub const UNKNOWN: Colour = colour("#595959");
/// `.node[data-state="degraded"] .node-box`: the fill of a degraded node.
pub const DEGRADED_FILL: Colour = colour("#fff3dc");
/// `--alarm`: the links that carry a failure. Darker than the amber of degraded links, so the two stay apart for a
/// reader who cannot tell red from amber (`tests/palette.rs` simulates protanopia, deuteranopia and tritanopia).
pub const ALARM: Colour = colour("#942420");
/// `.edge`: a link at rest.
pub const EDGE: Colour = colour("#7a8290");
/// `--focus`: the ring around the selected node.
pub const FOCUS: Colour = colour("#ffbf47");

/// How a node in a state is drawn as a box: as `.node[data-state]` and the overlay in the CSS.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Look {
    pub fill: Colour,
    pub outline: Colour,
    /// Degraded: a dashed outline.
    pub dashed: bool,
    /// Down: hatched.
    pub hatched: bool,
    /// The mark beside the name (down ✕, degraded !), and its colour; the state never rests on colour alone.
    pub mark: Option<(Mark, Colour)>,
    /// The colour of the name on this fill.
    pub label: Colour,
}

/// The marks of the SVG map's `.node-icon`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    Cross,
    Bang,
}

/// The look of a node in `state`.
pub const fn look(state: NodeState) -> Look {
    match state {
        NodeState::Up => Look { fill: PAPER, outline: ACCENT, dashed: false, hatched: false, mark: None, label: INK },
        NodeState::Degraded => Look {
            fill: DEGRADED_FILL,
            outline: DEGRADED,
            dashed: true,
            hatched: false,
            mark: Some((Mark::Bang, DEGRADED)),
            label: INK,
        },
        NodeState::Down => Look {
            fill: DARK,
            outline: DARK,
            dashed: false,
            hatched: true,
            mark: Some((Mark::Cross, PAPER)),
            label: PAPER,
        },
    }
}

/// The colour of the device pixel `(x, y)` of a node in `state` in the overview, where a node is a pixel or two.
/// Up is the outline colour; down is dark with the hatching's diagonal stripes, and degraded is amber dotted with
/// its light fill, so an outage shows as a striped or dotted area even to a reader who cannot tell the hues apart.
/// The pattern follows the screen, not the node, so it stays visible when nodes are a single pixel.
pub fn overview_pixel(state: NodeState, x: usize, y: usize) -> [u8; 3] {
    match state {
        NodeState::Up => ACCENT.rgb,
        NodeState::Down if (x + y) % 5 < 2 => HATCH.rgb,
        NodeState::Down => DARK.rgb,
        NodeState::Degraded if x % 3 == 1 && y % 3 == 1 => DEGRADED_FILL.rgb,
        NodeState::Degraded => DEGRADED.rgb,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_are_read_from_their_css_literal() {
        assert_eq!(ACCENT.rgb, [0x1f, 0x6f, 0xb2]);
        assert_eq!(DEGRADED_FILL.rgb, [0xff, 0xf3, 0xdc]);
        assert_eq!(DARK.css, "#222222");
        assert_eq!(HATCH.rgb, [0x55, 0x55, 0x55]);
    }

    #[test]
    fn the_css_holds_the_same_state_colours() {
        let css = concat!(include_str!("../../../static/css/story.css"), include_str!("../../../static/css/app.css"));
        for (variable, colour) in [
            ("--paper", PAPER),
            ("--ink", INK),
            ("--accent", ACCENT),
            ("--dark", DARK),
            ("--degraded", DEGRADED),
            ("--alarm", ALARM),
            ("--focus", FOCUS),
        ] {
            assert!(
                css.contains(&format!("{variable}: {};", colour.css)),
                "{variable} is not {} in the CSS",
                colour.css
            );
        }
        assert!(css.contains(&format!(".hatch-line {{ stroke: {};", HATCH.css)));
        assert!(css.contains(&format!(".edge {{ fill: none; stroke: {};", EDGE.css)));
        assert!(css.contains(&format!(".node-ground.ground-degraded {{ fill: {};", DEGRADED_FILL.css)));
    }

    #[test]
    fn down_and_degraded_are_patterned_in_the_overview_and_up_is_plain() {
        let tile = |state| {
            let mut colours: Vec<[u8; 3]> =
                (0..6).flat_map(|y| (0..6).map(move |x| overview_pixel(state, x, y))).collect();
            colours.sort_unstable();
            colours.dedup();
            colours
        };
        assert_eq!(tile(NodeState::Up), vec![ACCENT.rgb]);
        assert_eq!(tile(NodeState::Down).len(), 2);
        assert_eq!(tile(NodeState::Degraded).len(), 2);
    }

    #[test]
    fn every_state_but_up_carries_a_mark() {
        assert_eq!(look(NodeState::Up).mark, None);
        assert!(look(NodeState::Down).hatched && look(NodeState::Down).mark.is_some());
        assert!(look(NodeState::Degraded).dashed && look(NodeState::Degraded).mark.is_some());
    }
}
