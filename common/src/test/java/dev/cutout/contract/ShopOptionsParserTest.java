package dev.cutout.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ShopOptionsParserTest {

    private static final JobOptions SHOP = JobOptions.DEFAULT
            .withLayout(new Layout(true, Margin.percent(5), Optional.of(new Canvas(2000, 1500, Alignment.BOTTOM))))
            .withFormat(ResultFormat.jpeg(75));

    @Test
    void readsEveryShopOptionFromFields() {
        JobOptions options = fields(Map.of(JobOption.CROP, "Subject", JobOption.MARGIN, " 5% ",
                JobOption.CANVAS, "2000x1500", JobOption.ALIGN, "BOTTOM", JobOption.FORMAT, "jpg",
                JobOption.JPEG_QUALITY, "75"));

        assertThat(options).isEqualTo(SHOP);
    }

    @Test
    void shopOptionsSurviveTheRoundTripThroughHeaders() {
        Map<String, Object> headers = JobHeaders.write(SHOP);

        assertThat(headers).containsEntry(Topology.HEADER_CROP, "subject").containsEntry(Topology.HEADER_MARGIN, "5%")
                .containsEntry(Topology.HEADER_CANVAS, "2000x1500").containsEntry(Topology.HEADER_ALIGN, "bottom")
                .containsEntry(Topology.HEADER_FORMAT, "jpeg").containsEntry(Topology.HEADER_JPEG_QUALITY, 75);
        assertThat(JobHeaders.read(headers)).isEqualTo(SHOP);
    }

    @Test
    void pixelMarginsAndWebpSurviveTheRoundTrip() {
        JobOptions options = JobOptions.DEFAULT.withLayout(new Layout(true, Margin.pixels(40), Optional.empty()))
                .withFormat(ResultFormat.of(OutputFormat.WEBP));

        assertThat(JobHeaders.read(JobHeaders.write(options))).isEqualTo(options);
        assertThat(fields(Map.of(JobOption.CROP, "subject", JobOption.MARGIN, "40", JobOption.FORMAT, "webp")))
                .isEqualTo(options);
    }

    @Test
    void aDefaultJobCarriesNoLayoutOrFormatHeader() {
        assertThat(JobHeaders.write(JobOptions.DEFAULT)).doesNotContainKeys(Topology.HEADER_CROP, Topology.HEADER_MARGIN,
                Topology.HEADER_CANVAS, Topology.HEADER_ALIGN, Topology.HEADER_FORMAT, Topology.HEADER_JPEG_QUALITY);
        assertThat(fields(Map.of(JobOption.CROP, "none", JobOption.FORMAT, "PNG"))).isEqualTo(JobOptions.DEFAULT);
    }

    @Test
    void refusesACropThatIsNotSubjectOrNone() {
        assertRefused(Map.of(JobOption.CROP, "face"), "Option 'crop' must be subject or none, not 'face'");
    }

    @Test
    void refusesAMarginThatIsNeitherPercentNorPixels() {
        assertRefused(Map.of(JobOption.CROP, "subject", JobOption.MARGIN, "5em"),
                "Option 'margin' must be a percentage like 5% or whole pixels like 40px, not '5em'");
        assertRefused(Map.of(JobOption.CROP, "subject", JobOption.MARGIN, "150%"),
                "Option 'margin' must be at most 100%, not '150%'");
    }

    @Test
    void refusesAMarginWithNothingToFrame() {
        assertRefused(Map.of(JobOption.MARGIN, "5%"), "margin needs crop=subject or a canvas");
    }

    @Test
    void refusesACanvasThatIsNotWidthByHeight() {
        assertRefused(Map.of(JobOption.CANVAS, "2000"),
                "Option 'canvas' must be width x height in pixels like 2000x2000, not '2000'");
        assertRefused(Map.of(JobOption.CANVAS, "0x2000"),
                "Option 'canvas' must have sides of 1 to 10000 pixels, not '0x2000'");
    }

    @Test
    void refusesAnAlignmentThatIsNotCenterOrBottomAndOneWithoutACanvas() {
        assertRefused(Map.of(JobOption.CANVAS, "800x800", JobOption.ALIGN, "top"),
                "Option 'align' must be center or bottom, not 'top'");
        assertRefused(Map.of(JobOption.ALIGN, "bottom"), "Option 'align' needs a canvas (e.g. Option 'canvas' 2000x2000)");
    }

    @Test
    void refusesAPixelMarginThatLeavesNoRoomOnTheCanvas() {
        assertRefused(Map.of(JobOption.CANVAS, "100x80", JobOption.MARGIN, "40px"),
                "margin 40px leaves no room for the subject on a 100x80 canvas");
    }

    @Test
    void refusesAnUnknownFormatAndAJpegQualityOutOfRange() {
        assertRefused(Map.of(JobOption.FORMAT, "gif"), "Option 'format' must be png, webp or jpeg, not 'gif'");
        assertRefused(Map.of(JobOption.FORMAT, "jpeg", JobOption.JPEG_QUALITY, "0"),
                "Option 'jpeg-quality' must be a whole number from 1 to 100, not '0'");
        assertRefused(Map.of(JobOption.JPEG_QUALITY, "high"),
                "Option 'jpeg-quality' must be a whole number from 1 to 100, not 'high'");
    }

    @Test
    void refusesALayoutForAMask() {
        assertRefused(Map.of(JobOption.OUTPUT, "mask", JobOption.CROP, "subject"),
                "crop and canvas apply to output=cutout or output=background, not to a mask");
    }

    @Test
    void malformedShopHeadersAreRefusedNamingTheHeader() {
        assertThatThrownBy(() -> JobHeaders.read(Map.of(Topology.HEADER_CANVAS, "big")))
                .isInstanceOf(InvalidOptionsException.class)
                .hasMessageStartingWith("Header cutout-canvas must be width x height");
        assertThatThrownBy(() -> JobHeaders.read(Map.of(Topology.HEADER_JPEG_QUALITY, "101")))
                .hasMessageStartingWith("Header cutout-jpeg-quality must be a whole number from 1 to 100");
    }

    @Test
    void aJpegCutOutIsFlattenedOnTheBackgroundAndAPngOneIsNot() {
        assertThat(JobOptions.DEFAULT.withFormat(ResultFormat.jpeg(90)).flattenOn()).isEqualTo(OptionalInt.of(0xFFFFFF));
        assertThat(JobOptions.DEFAULT.flattenOn()).isEmpty();
        assertThat(JobOptions.DEFAULT.withFormat(ResultFormat.of(OutputFormat.WEBP)).flattenOn()).isEmpty();
    }

    @Test
    void eachFormatHasItsMediaTypeAndExtension() {
        assertThat(OutputFormat.JPEG.mediaType()).isEqualTo("image/jpeg");
        assertThat(OutputFormat.JPEG.extension()).isEqualTo("jpg");
        assertThat(OutputFormat.ofMediaType("image/webp")).contains(OutputFormat.WEBP);
        assertThat(OutputFormat.ofMediaType("application/json")).isEmpty();
    }

    private static void assertRefused(Map<JobOption, String> values, String message) {
        assertThatThrownBy(() -> fields(values)).isInstanceOf(InvalidOptionsException.class).hasMessage(message);
    }

    private static JobOptions fields(Map<JobOption, String> values) {
        Map<JobOption, String> map = values.isEmpty() ? new EnumMap<>(JobOption.class) : new EnumMap<>(values);
        return JobOptionsParser.fromFields(option -> Optional.ofNullable(map.get(option)));
    }
}
