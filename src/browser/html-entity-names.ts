/**
 * The character references of HTML 4.01 (252 names), with `&apos;` and the upper-case `&AMP;`,
 * `&LT;`, `&GT;`, `&QUOT;`, `&COPY;` and `&REG;`: the names news text and TimelineJS data use,
 * decoded without a parser. Generated from the `entities` package's HTML table (the one
 * htmlparser2 uses in Node), so each decodes to the same character as there. A name beyond these
 * (HTML5 added about 2,000, mostly mathematics) is read as the standard reads a name it does not
 * know: nothing is lost, and no document is parsed.
 *
 * @module
 */

// "name:character" pairs, space-separated: a string is smaller in the bundle than an object literal.
const TABLE = "nbsp:\u00a0 iexcl:¡ cent:¢ pound:£ curren:¤ yen:¥ brvbar:¦ sect:§ uml:¨ copy:© ordf:ª laquo:« not:¬ shy:\u00ad reg:® macr:¯ deg:° plusmn:± sup2:² sup3:³ acute:´ micro:µ para:¶ middot:· cedil:¸ sup1:¹ ordm:º raquo:» frac14:¼ frac12:½ frac34:¾ iquest:¿ Agrave:À Aacute:Á Acirc:Â Atilde:Ã Auml:Ä Aring:Å AElig:Æ Ccedil:Ç Egrave:È Eacute:É Ecirc:Ê Euml:Ë Igrave:Ì Iacute:Í Icirc:Î Iuml:Ï ETH:Ð Ntilde:Ñ Ograve:Ò Oacute:Ó Ocirc:Ô Otilde:Õ Ouml:Ö times:× Oslash:Ø Ugrave:Ù Uacute:Ú Ucirc:Û Uuml:Ü Yacute:Ý THORN:Þ szlig:ß agrave:à aacute:á acirc:â atilde:ã auml:ä aring:å aelig:æ ccedil:ç egrave:è eacute:é ecirc:ê euml:ë igrave:ì iacute:í icirc:î iuml:ï eth:ð ntilde:ñ ograve:ò oacute:ó ocirc:ô otilde:õ ouml:ö divide:÷ oslash:ø ugrave:ù uacute:ú ucirc:û uuml:ü yacute:ý thorn:þ yuml:ÿ quot:\u0022 amp:& lt:< gt:> apos:' AMP:& LT:< GT:> QUOT:\u0022 COPY:© REG:® OElig:Œ oelig:œ Scaron:Š scaron:š Yuml:Ÿ circ:ˆ tilde:˜ ensp:\u2002 emsp:\u2003 thinsp:\u2009 zwnj:\u200c zwj:\u200d lrm:\u200e rlm:\u200f ndash:– mdash:— lsquo:‘ rsquo:’ sbquo:‚ ldquo:“ rdquo:” bdquo:„ dagger:† Dagger:‡ permil:‰ lsaquo:‹ rsaquo:› euro:€ fnof:ƒ Alpha:Α Beta:Β Gamma:Γ Delta:Δ Epsilon:Ε Zeta:Ζ Eta:Η Theta:Θ Iota:Ι Kappa:Κ Lambda:Λ Mu:Μ Nu:Ν Xi:Ξ Omicron:Ο Pi:Π Rho:Ρ Sigma:Σ Tau:Τ Upsilon:Υ Phi:Φ Chi:Χ Psi:Ψ Omega:Ω alpha:α beta:β gamma:γ delta:δ epsilon:ε zeta:ζ eta:η theta:θ iota:ι kappa:κ lambda:λ mu:μ nu:ν xi:ξ omicron:ο pi:π rho:ρ sigmaf:ς sigma:σ tau:τ upsilon:υ phi:φ chi:χ psi:ψ omega:ω thetasym:ϑ upsih:ϒ piv:ϖ bull:• hellip:… prime:′ Prime:″ oline:‾ frasl:⁄ weierp:℘ image:ℑ real:ℜ trade:™ alefsym:ℵ larr:← uarr:↑ rarr:→ darr:↓ harr:↔ crarr:↵ lArr:⇐ uArr:⇑ rArr:⇒ dArr:⇓ hArr:⇔ forall:∀ part:∂ exist:∃ empty:∅ nabla:∇ isin:∈ notin:∉ ni:∋ prod:∏ sum:∑ minus:− lowast:∗ radic:√ prop:∝ infin:∞ ang:∠ and:∧ or:∨ cap:∩ cup:∪ int:∫ there4:∴ sim:∼ cong:≅ asymp:≈ ne:≠ equiv:≡ le:≤ ge:≥ sub:⊂ sup:⊃ nsub:⊄ sube:⊆ supe:⊇ oplus:⊕ otimes:⊗ perp:⊥ sdot:⋅ lceil:⌈ rceil:⌉ lfloor:⌊ rfloor:⌋ lang:⟨ rang:⟩ loz:◊ spades:♠ clubs:♣ hearts:♥ diams:♦";

/** Each name (without `&` and `;`) and its character. */
export const NAMED: ReadonlyMap<string, string> = new Map(TABLE.split(" ").map((pair) => [pair.slice(0, pair.indexOf(":")), pair.slice(pair.indexOf(":") + 1)]));

/** The names the standard also reads without their semicolon (`&copy2008` is "©2008"), longest first. */
export const LEGACY: readonly string[] = "curren brvbar plusmn middot frac14 frac12 frac34 iquest Agrave Aacute Atilde Ccedil Egrave Eacute Igrave Iacute Ntilde Ograve Oacute Otilde Oslash Ugrave Uacute Yacute agrave aacute atilde ccedil egrave eacute igrave iacute ntilde ograve oacute otilde divide oslash ugrave uacute yacute iexcl pound laquo acute micro cedil raquo Acirc Aring AElig Ecirc Icirc Ocirc times Ucirc THORN szlig acirc aring aelig ecirc icirc ocirc ucirc thorn nbsp cent sect copy ordf macr sup2 sup3 para sup1 ordm Auml Euml Iuml Ouml Uuml auml euml iuml ouml uuml yuml quot QUOT COPY yen uml not shy reg deg ETH eth amp AMP REG lt gt LT GT".split(" ");
