package io.onboarding.kyc.worker;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall;
import io.grpc.ForwardingClientCallListener;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Set;

/**
 * Counts the worker's long polls that the server has not answered yet. A poll cancelled while the server hands
 * it a task loses that task: the history says the activity started, no worker has it, and it waits for its
 * start-to-close timeout to be retried. So a stopping worker lets its polls come back before it shuts down
 * (WorkerDrain), and this is how it knows they did.
 */
@Singleton
public class PollsInFlight implements ClientInterceptor {

    private static final Set<String> POLLS = Set.of(
            "temporal.api.workflowservice.v1.WorkflowService/PollWorkflowTaskQueue",
            "temporal.api.workflowservice.v1.WorkflowService/PollActivityTaskQueue",
            "temporal.api.workflowservice.v1.WorkflowService/PollNexusTaskQueue");

    private final Object lock = new Object();
    private int open;

    @Override
    public <Q, A> ClientCall<Q, A> interceptCall(MethodDescriptor<Q, A> method, CallOptions options, Channel next) {
        ClientCall<Q, A> call = next.newCall(method, options);
        return POLLS.contains(method.getFullMethodName()) ? new Counted<>(call) : call;
    }

    /** Polls sent and not yet answered, failed or cancelled. */
    public int open() {
        synchronized (lock) {
            return open;
        }
    }

    /** Waits until no poll is open or {@code patience} has passed; whether none is open. */
    public boolean awaitNone(Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        synchronized (lock) {
            while (open > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                lock.wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }

    private void opened() {
        synchronized (lock) {
            open++;
        }
    }

    private void closed() {
        synchronized (lock) {
            open--;
            lock.notifyAll();
        }
    }

    private final class Counted<Q, A> extends ForwardingClientCall.SimpleForwardingClientCall<Q, A> {

        Counted(ClientCall<Q, A> call) {
            super(call);
        }

        @Override
        public void start(Listener<A> listener, Metadata headers) {
            opened();
            super.start(
                    new ForwardingClientCallListener.SimpleForwardingClientCallListener<>(listener) {
                        @Override
                        public void onClose(Status status, Metadata trailers) {
                            closed();
                            super.onClose(status, trailers);
                        }
                    },
                    headers);
        }
    }
}
