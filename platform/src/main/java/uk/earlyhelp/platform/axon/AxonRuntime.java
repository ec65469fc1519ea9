package uk.earlyhelp.platform.axon;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.earlyhelp.platform.parked.FamilySequencing;
import uk.earlyhelp.platform.parked.ParkingPolicy;
import uk.earlyhelp.platform.personal.FamilyKeys;
import uk.earlyhelp.platform.personal.PersonalDataSerializer;
import uk.earlyhelp.platform.tracing.Traces;

/**
 * Axon Framework on Quarkus, without Axon Server: the JDBC event store and token store in the service's
 * own PostgreSQL database (tables from Flyway's {@code db/platform}), Jackson for every serialised thing
 * (personal fields encrypted per family),
 * Narayana for transactions, and one pooled streaming processor per processing group, its segments shared by the
 * running instances ({@link ProcessorInstances}). Started after Flyway
 * (a {@code @Startup} bean), shut down with the application.
 */
@Startup
@Singleton
public class AxonRuntime {

    /** Events a processor's segment handles in one transaction at most. */
    static final int BATCH_SIZE = 100;

    /**
     * Positions a processor keeps waiting for behind the newest event it has read. An event appended early in a
     * long transaction gets a low position but becomes visible only at commit; a processor that gave up on that
     * gap would never handle it (never publish it, never project it). Gaps are only the positions actually
     * missing, so a wide window costs nothing while there are none.
     */
    static final int MAX_GAP_OFFSET = 1_000_000;

    /**
     * Events the store keeps read ahead for the processors reading near its head (Axon's default is 10,000); one
     * further behind reads on its own. Each cached event carries its own copy of the position it was read at, with
     * every gap open at that moment: in a backlog after a burst, with a few hundred gaps left by retried
     * transactions, 10,000 of them filled casework-service's 160 MB heap (bench/RESULTS.md).
     */
    static final int CACHED_EVENTS = 1_000;

    @Inject
    DataSource dataSource;

    @Inject
    jakarta.transaction.TransactionManager jta;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    Instance<AxonSetup> setups;

    @Inject
    Clock clock;

    @Inject
    FamilyKeys familyKeys;

    @Inject
    Traces traces;

    @ConfigProperty(name = "earlyhelp.axon.longest-transaction", defaultValue = "PT1M")
    Duration longestTransaction;

    /**
     * How often at most a processor is woken by this instance's commits (CommittedEventsEventStore). As long as Axon's
     * own look-again: a referral after a quiet spell (a council's usual day) is handled at once, while under load a
     * processor looks no more often than before and keeps its large batches (woken at every commit, processors took
     * events a few at a time and fell behind: bench/RESULTS.md).
     */
    @ConfigProperty(name = "earlyhelp.axon.wake-interval", defaultValue = "PT0.5S")
    Duration wakeInterval;

    /** How often a processor looks for events whatever happened here (another instance's, say): Axon's own 500 ms. */
    @ConfigProperty(name = "earlyhelp.axon.wake-tick", defaultValue = "PT0.5S")
    Duration wakeTick;

    private final Map<String, SequencedDeadLetterQueue<EventMessage<?>>> deadLetterQueues = new ConcurrentHashMap<>();
    private final AtomicLong parkedCount = new AtomicLong();
    private TransactionManager transactions;
    private Serializer serializer;
    private Configuration configuration;
    private ProcessorInstances instances;
    private ProcessorFailures failures;

    @PostConstruct
    void start() {
        // Axon stamps events from a static clock; make it the service's one clock.
        GenericEventMessage.clock = clock;
        transactions = new JtaTransactionManager(jta);
        // Personal fields are encrypted with their family's key before anything reaches the store
        // (docs/personal-data.md).
        serializer = new PersonalDataSerializer(
                JacksonSerializer.builder()
                        // Stored events outlive their classes: a field since removed must not make a row unreadable.
                        .objectMapper(
                                objectMapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false))
                        .classLoader(Thread.currentThread().getContextClassLoader())
                        .build(),
                familyKeys);
        PersistenceExceptionResolver duplicateKeys = new PostgresDuplicateKeyResolver();

        Configurer configurer = DefaultConfigurer.defaultConfiguration()
                .configureTransactionManager(c -> transactions)
                .configureSerializer(c -> serializer)
                .configureEventSerializer(c -> serializer)
                .configureMessageSerializer(c -> serializer)
                .registerEventUpcaster(c -> movedEventTypes())
                // A command's trace goes with the events it causes, so their Kafka records carry it on (Traces).
                .configureCorrelationDataProviders(c ->
                        List.of(new MessageOriginProvider(), new SimpleCorrelationDataProvider(Traces.TRACEPARENT)))
                .configureEventStore(c -> new CommittedEventsEventStore(
                        EmbeddedEventStore.builder()
                                .storageEngine(JdbcEventStorageEngine.builder()
                                        .connectionProvider(dataSource::getConnection)
                                        .transactionManager(transactions)
                                        .eventSerializer(serializer)
                                        .snapshotSerializer(serializer)
                                        .persistenceExceptionResolver(duplicateKeys)
                                        .upcasterChain(c.upcasterChain())
                                        .gapTimeout(gapTimeoutMillis(longestTransaction))
                                        .maxGapOffset(MAX_GAP_OFFSET)
                                        .dataType(byte[].class)
                                        .schema(eventSchema())
                                        .build())
                                // Readers are woken when events commit (CommittedEventsEventStore); the poll is
                                // for events another instance appended.
                                .fetchDelay(100)
                                .cachedEvents(CACHED_EVENTS),
                        jta,
                        wakeInterval,
                        wakeTick));
        instances = new ProcessorInstances(dataSource);
        // Operations read when it failed in real time, whatever clock the service runs on (EARLYHELP_CLOCK_OFFSET).
        failures = new ProcessorFailures(java.time.Clock.systemUTC());
        configurer
                .eventProcessing()
                .usingPooledStreamingEventProcessors()
                // Up to 100 events per transaction and token update, not one each: a backlog (a projection
                // rebuild, a burst of referrals) costs one commit per batch. A failure rolls the whole batch
                // back and retries it; handlers are idempotent and consumers drop a re-sent ce_id.
                // Each instance claims only its share of the segments, so that the others get theirs.
                .registerPooledStreamingEventProcessorConfiguration((c, processor) ->
                        processor.batchSize(BATCH_SIZE).maxSegmentProvider(group -> instances.share(segments(group))))
                .registerTokenStore(c -> JdbcTokenStore.builder()
                        .connectionProvider(dataSource::getConnection)
                        .serializer(serializer)
                        .schema(tokenSchema())
                        .contentType(byte[].class)
                        .build())
                // A failing handler must stop its processor and retry from the token, never skip the event:
                // skipping would lose a Kafka publication or a read-model row.
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                // ...and show in its health check until one of its batches commits again.
                .registerDefaultErrorHandler(c -> failures)
                .registerDefaultHandlerInterceptor((c, processor) -> failures.successesOf(processor));
        // A family's events are handled in order, and an event a processor cannot handle is parked with its error
        // (behind it, the family's later events) while the processor goes on with every other family.
        configurer.eventProcessing().registerDefaultSequencingPolicy(c -> new FamilySequencing());
        for (AxonSetup setup : setups) {
            setup.aggregates().forEach(configurer::configureAggregate);
            for (Object handler : setup.eventHandlers()) {
                configurer.eventProcessing().registerEventHandler(c -> handler);
                processingGroup(handler).ifPresent(group -> {
                    parkFailures(configurer, group);
                    int segments = segments(group);
                    configurer
                            .eventProcessing()
                            .registerPooledStreamingEventProcessorConfiguration(
                                    group, (c, processor) -> processor.initialSegmentCount(segments));
                });
            }
        }
        configuration = configurer.buildConfiguration();
        configuration
                .commandBus()
                .registerDispatchInterceptor(commands -> (index, command) -> traces.currentTraceparent()
                        .<CommandMessage<?>>map(
                                traceparent -> command.andMetaData(Map.of(Traces.TRACEPARENT, traceparent)))
                        .orElse(command));
        instances.start();
        configuration.start();
    }

    /**
     * The segments a new processor starts with ({@code earlyhelp.axon.segments.<group>}, else 1). Segments are
     * handled in parallel, a family always in the same one, so only a processor whose handlers touch one family at a
     * time may have several: the Kafka publisher does; projections that count across families or merge two stay whole.
     */
    static int segments(String group) {
        return ConfigProvider.getConfig()
                .getOptionalValue("earlyhelp.axon.segments." + group, Integer.class)
                .orElse(1);
    }

    private void parkFailures(Configurer configurer, String group) {
        configurer
                .eventProcessing()
                .registerDeadLetterQueue(group, c -> deadLetterQueue(group))
                .registerDeadLetterPolicy(group, c -> new ParkingPolicy(group, () -> parkedCount.incrementAndGet()))
                .registerDeadLetteringEventHandlerInvokerConfiguration(
                        group,
                        // A processor reset (a replay from the first event) starts its parked events afresh too.
                        (c, invoker) -> invoker.allowReset(true).enableSequenceIdentifierCache());
    }

    /** The parked events of one processing group (or of a Kafka consumer, "kafka:<consumer>"), in this service's database. */
    public SequencedDeadLetterQueue<EventMessage<?>> deadLetterQueue(String processingGroup) {
        return deadLetterQueues.computeIfAbsent(
                processingGroup, group -> JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                        .processingGroup(group)
                        .connectionProvider(dataSource::getConnection)
                        .transactionManager(transactions)
                        .schema(deadLetterSchema())
                        .genericSerializer(serializer)
                        .eventSerializer(serializer)
                        .build());
    }

    /** How many events this instance has parked since it started (the metric reads the table for the total). */
    public long parkedSinceStart() {
        return parkedCount.get();
    }

    private static Optional<String> processingGroup(Object handler) {
        return Optional.ofNullable(handler.getClass().getAnnotation(ProcessingGroup.class))
                .map(ProcessingGroup::value);
    }

    static DeadLetterSchema deadLetterSchema() {
        return DeadLetterSchema.builder()
                .deadLetterTable("dead_letter_entry")
                .deadLetterIdentifierColumn("dead_letter_id")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("aggregate_type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }

    /**
     * How long a processor waits for a missing position to fill: longer than the longest transaction this service
     * runs ({@code earlyhelp.axon.longest-transaction}, e.g. a claim batch), with a minute to spare, so an event
     * committed at the very end of such a transaction is still handled.
     */
    static int gapTimeoutMillis(Duration longestTransaction) {
        return Math.toIntExact(longestTransaction.plusMinutes(1).toMillis());
    }

    private MovedEventTypes movedEventTypes() {
        Map<String, Class<?>> moved = new HashMap<>();
        setups.forEach(setup -> moved.putAll(setup.movedEventTypes()));
        return new MovedEventTypes(moved);
    }

    /** Stops the processors while the data source is still open (it closes before beans are destroyed). */
    void onShutdown(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent shutdown) {
        stop();
    }

    @PreDestroy
    synchronized void stop() {
        if (configuration != null) {
            configuration.shutdown();
            configuration = null;
            instances.stop();
        }
    }

    public Configuration configuration() {
        return configuration;
    }

    /** The JTA-backed transactions Axon's processors and stores run in. */
    public TransactionManager transactionManager() {
        return transactions;
    }

    /** The event processor of a processing group, e.g. to stop it for a projection rebuild. */
    public StreamingEventProcessor processor(String processingGroup) {
        return configuration
                .eventProcessingConfiguration()
                .eventProcessor(processingGroup, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalArgumentException("No event processor " + processingGroup));
    }

    @Produces
    @Singleton
    CommandGateway commandGateway() {
        return configuration.commandGateway();
    }

    /** The processor's last failed batch, if none of its batches has committed since (ProcessorHealth). */
    Optional<ProcessorFailures.Failure> failure(String processingGroup) {
        return failures.failure(processingGroup);
    }

    @Produces
    @Singleton
    EventStore eventStore() {
        return configuration.eventStore();
    }

    static EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    static TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("time_stamp")
                .setOwnerColumn("owner")
                .build();
    }

    /** Used by tests and health checks to see that every processor is running. */
    public List<String> processingGroups() {
        return configuration.eventProcessingConfiguration().eventProcessors().keySet().stream()
                .sorted()
                .toList();
    }
}
