package dev.cutout.gateway.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    private static final Pattern SHAPE = Pattern.compile(
            "attachment; filename=\"([A-Za-z0-9._-]+)\"(?:; filename\\*=UTF-8''([A-Za-z0-9!#$&+.^_`|~%-]+))?");

    @Test
    void plainAsciiNameIsOnlyTheQuotedFilename() {
        assertThat(ContentDisposition.attachment("dog_no_bg.png")).isEqualTo("attachment; filename=\"dog_no_bg.png\"");
    }

    @Test
    void headerInjectionStaysInsideOneHeaderValue() {
        String header = ContentDisposition.attachment("a\r\nSet-Cookie: session=1\r\n\r\n<script>.png");
        assertSafe(header);
        assertThat(header).doesNotContain("\r", "\n", "Set-Cookie:", "<");
        assertThat(fallback(header)).isEqualTo("a_Set-Cookie_session_1_script_.png");
    }

    @Test
    void pathsLoseTheirDirectories() {
        assertThat(fallback(ContentDisposition.attachment("../../etc/passwd"))).isEqualTo("passwd");
        assertThat(fallback(ContentDisposition.attachment("C:\\x\\y"))).isEqualTo("y");
        assertThat(fallback(ContentDisposition.attachment("C:evil.png"))).isEqualTo("C_evil.png");
        assertThat(fallback(ContentDisposition.attachment(".."))).isEqualTo("download");
        assertThat(fallback(ContentDisposition.attachment(".htaccess"))).isEqualTo("download.htaccess");
    }

    @Test
    void quotesBackslashesAndSemicolonsNeverReachTheQuotedString() {
        String header = ContentDisposition.attachment("a\"; filename=evil.exe; x=\"b.png");
        assertSafe(header);
        assertThat(header).containsOnlyOnce("filename=\"").doesNotContain("evil.exe\"");
    }

    @Test
    void nonAsciiNameTravelsAsUtf8FilenameStarWithAFoldedFallback() {
        String header = ContentDisposition.attachment("Café crème_no_bg.png");
        assertSafe(header);
        assertThat(fallback(header)).isEqualTo("Cafe_creme_no_bg.png");
        assertThat(unicode(header)).contains("Café crème_no_bg.png");
        assertThat(header).contains("filename*=UTF-8''Caf%C3%A9%20cr%C3%A8me_no_bg.png");
    }

    @Test
    void scriptsWithoutAnAsciiFormFallBackToAGenericName() {
        String header = ContentDisposition.attachment("写真.png");
        assertThat(fallback(header)).isEqualTo("download.png");
        assertThat(unicode(header)).contains("写真.png");
    }

    @Test
    void emojiSurviveInFilenameStarAsFourUtf8Bytes() {
        String header = ContentDisposition.attachment("party 🎉.png");
        assertSafe(header);
        assertThat(header).contains("%F0%9F%8E%89");
        assertThat(unicode(header)).contains("party 🎉.png");
        String onlyEmoji = ContentDisposition.attachment("🎉🎉.png");
        assertThat(fallback(onlyEmoji)).isEqualTo("download.png");
        assertThat(unicode(onlyEmoji)).isEqualTo("🎉🎉.png");
    }

    @Test
    void rightToLeftOverrideCannotDisguiseTheExtension() {
        // "photo<RLO>gnp.exe" shows as "photoexe.png" where the override is honoured.
        String header = ContentDisposition.attachment("photo\u202Egnp.exe");
        assertSafe(header);
        assertThat(fallback(header)).isEqualTo("photo_gnp.exe");
        assertThat(header).doesNotContain("filename*", "%E2%80%AE");
        assertThat(unicode(ContentDisposition.attachment("фото\u202Egnp.exe"))).isEqualTo("фото_gnp.exe");
    }

    @Test
    void controlCharactersAndZeroWidthCharactersGo() {
        String header = ContentDisposition.attachment("a\u0000b\u0007c\u200Bd\u007F.png");
        assertSafe(header);
        assertThat(fallback(header)).isEqualTo("a_b_c_d_.png");
    }

    @Test
    void emptyOrNullNameGetsTheGenericName() {
        assertThat(ContentDisposition.attachment("")).isEqualTo("attachment; filename=\"download\"");
        assertThat(ContentDisposition.attachment(null)).isEqualTo("attachment; filename=\"download\"");
        assertThat(ContentDisposition.attachment("   ")).isEqualTo("attachment; filename=\"download\"");
    }

    @Test
    void veryLongNameIsCutButKeepsItsExtension() {
        String header = ContentDisposition.attachment("x".repeat(100_000) + ".png");
        assertSafe(header);
        assertThat(fallback(header)).hasSize(ContentDisposition.MAX_CODE_POINTS).endsWith("x.png");
        String longEmoji = ContentDisposition.attachment("😀".repeat(5_000) + ".png");
        assertSafe(longEmoji);
        String name = unicode(longEmoji);
        assertThat(name.codePointCount(0, name.length())).isEqualTo(ContentDisposition.MAX_CODE_POINTS);
        assertThat(name).endsWith("😀.png");
    }

    @Test
    void resultNamesKeepLettersOfAnyScript() {
        assertThat(ResultFileName.of(Optional.of("Фото Café.jpg"))).isEqualTo("Фото_Café_no_bg.png");
        assertThat(ResultFileName.of(Optional.of("../../etc/passwd"))).isEqualTo("passwd_no_bg.png");
        assertThat(ResultFileName.of(Optional.of("🎉.jpg"))).isEqualTo(ResultFileName.DEFAULT);
    }

    private static void assertSafe(String header) {
        assertThat(header).matches(SHAPE);
        assertThat(header.chars()).allMatch(c -> c >= 0x20 && c < 0x7f);
    }

    private static String fallback(String header) {
        Matcher m = SHAPE.matcher(header);
        assertThat(m.matches()).as(header).isTrue();
        return m.group(1);
    }

    private static String unicode(String header) {
        Matcher m = SHAPE.matcher(header);
        assertThat(m.matches()).as(header).isTrue();
        assertThat(m.group(2)).as("filename* in " + header).isNotNull();
        // URLDecoder would read '+' as a space; filename* has none unencoded but keep '+' literal anyway.
        return URLDecoder.decode(m.group(2).replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
