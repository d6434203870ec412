package dev.cutout.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The limiter on a clock the test moves by hand. */
class ClientLimiterTest {

    private static final Duration REFILL = Duration.ofSeconds(1); // 60 a minute
    private static final Duration RETENTION = Duration.ofMinutes(15);
    private static final Duration CONCURRENCY_RETRY = Duration.ofSeconds(7);
    private static final ClientId ALICE = new ClientId("ip:203.0.113.7");
    private static final ClientId BOB = new ClientId("ip:198.51.100.1");

    private final AtomicLong now = new AtomicLong(42);
    private final AtomicInteger watchesClosed = new AtomicInteger();

    private ClientLimiter limiter(int burst, int concurrentJobs, int maxClients) {
        return new ClientLimiter(new ClientLimiter.Settings(burst, REFILL, concurrentJobs, CONCURRENCY_RETRY, RETENTION,
                maxClients), now::get);
    }

    private Reservation admitted(ClientLimiter limiter, ClientId client) {
        Admission admission = limiter.admit(client);
        assertThat(admission).isInstanceOf(Admission.Admitted.class);
        return ((Admission.Admitted) admission).reservation();
    }

    private void queue(ClientLimiter limiter, ClientId client, String jobId) {
        Reservation reservation = admitted(limiter, client);
        limiter.queued(reservation, jobId, watchesClosed::incrementAndGet);
        limiter.finished(reservation);
    }

    private void advance(Duration by) {
        now.addAndGet(by.toNanos());
    }

    @Test
    void theSubmitAfterTheBurstIsRefusedWithTheTimeUntilTheNextToken() {
        ClientLimiter limiter = limiter(3, 100, 100);
        for (int i = 0; i < 3; i++) {
            limiter.finished(admitted(limiter, ALICE));
        }

        assertThat(limiter.admit(ALICE)).isEqualTo(new Admission.Refused(Limit.REQUESTS_PER_MINUTE, REFILL));
        assertThat(limiter.admit(BOB)).as("another client has its own bucket").isInstanceOf(Admission.Admitted.class);
        advance(REFILL);
        assertThat(limiter.admit(ALICE)).isInstanceOf(Admission.Admitted.class);
    }

    @Test
    void unfinishedJobsAreLimitedAndAnEndFreesASlot() {
        ClientLimiter limiter = limiter(100, 2, 100);
        queue(limiter, ALICE, "job-1");
        queue(limiter, ALICE, "job-2");

        assertThat(limiter.admit(ALICE)).isEqualTo(new Admission.Refused(Limit.CONCURRENT_JOBS, CONCURRENCY_RETRY));
        limiter.ended("job-1");
        assertThat(watchesClosed).as("the end's subscription is closed").hasValue(1);
        assertThat(limiter.admit(ALICE)).isInstanceOf(Admission.Admitted.class);
    }

    @Test
    void aRequestInFlightHoldsItsSlotUntilItQueuesOrEnds() {
        ClientLimiter limiter = limiter(100, 1, 100);
        Reservation uploading = admitted(limiter, ALICE);

        assertThat(limiter.admit(ALICE)).as("a second upload in parallel").isInstanceOf(Admission.Refused.class);
        limiter.finished(uploading); // refused as a bad image, say: no job
        limiter.finished(uploading);
        queue(limiter, ALICE, "job-1");
        assertThat(limiter.unfinishedJobs(ALICE)).isEqualTo(1);
        assertThat(limiter.admit(ALICE)).isInstanceOf(Admission.Refused.class);
    }

    @Test
    void aBatchAdmittedUnderTheLimitCountsEveryPhoto() {
        ClientLimiter limiter = limiter(100, 2, 100);
        Reservation batch = admitted(limiter, ALICE);
        for (int i = 0; i < 5; i++) {
            limiter.queued(batch, "photo-" + i, watchesClosed::incrementAndGet);
        }
        limiter.finished(batch);

        assertThat(limiter.unfinishedJobs(ALICE)).isEqualTo(5);
        for (int i = 0; i < 4; i++) {
            limiter.ended("photo-" + i);
        }
        assertThat(limiter.admit(ALICE)).as("one photo left of five, the limit is two").isInstanceOf(Admission.Admitted.class);
    }

    @Test
    void aRefusalTakesNothingFromTheClient() {
        ClientLimiter limiter = limiter(1, 1, 100);
        queue(limiter, ALICE, "job-1");
        advance(REFILL);
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.admit(ALICE)).isInstanceOf(Admission.Refused.class);
        }

        limiter.ended("job-1");
        assertThat(limiter.admit(ALICE)).as("its token was kept while it waited").isInstanceOf(Admission.Admitted.class);
    }

    @Test
    void aJobWhoseEndNeverArrivesStopsCountingAfterTheRetention() {
        ClientLimiter limiter = limiter(100, 1, 100);
        queue(limiter, ALICE, "lost");
        assertThat(limiter.admit(ALICE)).isInstanceOf(Admission.Refused.class);

        advance(RETENTION);
        assertThat(limiter.admit(ALICE)).as("at the retention").isInstanceOf(Admission.Refused.class);
        advance(Duration.ofNanos(1));
        assertThat(limiter.admit(ALICE)).isInstanceOf(Admission.Admitted.class);
        assertThat(watchesClosed).hasValue(1);
    }

    @Test
    void endsOfUnknownJobsAreIgnored() {
        ClientLimiter limiter = limiter(100, 1, 100);
        queue(limiter, ALICE, "mine");

        limiter.ended("someone-elses");
        limiter.ended("mine");
        limiter.ended("mine");
        assertThat(limiter.unfinishedJobs(ALICE)).isZero();
    }

    @Test
    void clientsWithNothingToRememberAreDroppedWhenTheTableIsFull() {
        ClientLimiter limiter = limiter(2, 10, 10);
        for (int i = 0; i < 10; i++) {
            limiter.finished(admitted(limiter, new ClientId("ip:192.0.2." + i)));
        }
        assertThat(limiter.clients()).isEqualTo(10);

        advance(REFILL); // every bucket is full again, no client has a job
        limiter.finished(admitted(limiter, ALICE));
        assertThat(limiter.clients()).isEqualTo(1);
    }

    @Test
    void pastTheMaximumTheLeastRecentlySeenAreForgottenAndNewClientsAreStillServed() {
        ClientLimiter limiter = limiter(100, 10, 10);
        for (int i = 0; i < 10; i++) {
            queue(limiter, new ClientId("ip:192.0.2." + i), "job-" + i); // a job each: none is blank
            advance(Duration.ofMillis(1));
        }

        limiter.finished(admitted(limiter, ALICE));
        assertThat(limiter.clients()).isLessThanOrEqualTo(10);
        assertThat(limiter.unfinishedJobs(new ClientId("ip:192.0.2.0"))).as("the oldest was forgotten").isZero();
        assertThat(limiter.unfinishedJobs(new ClientId("ip:192.0.2.9"))).as("the newest kept").isEqualTo(1);
        assertThat(watchesClosed.get()).as("the forgotten jobs' subscriptions closed").isPositive();
    }
}
