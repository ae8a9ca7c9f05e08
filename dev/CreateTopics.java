import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Creates the topics that do not exist yet (one JVM for all of them; the CLI would start one JVM
 * per topic). Usage: java -cp 'lib/*' dev/CreateTopics.java BOOTSTRAP PARTITIONS TOPIC...
 */
public class CreateTopics {
  public static void main(String[] args) throws Exception {
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
    int partitions = Integer.parseInt(args[1]);
    try (Admin admin = Admin.create(props)) {
      Set<String> existing = admin.listTopics().names().get();
      List<NewTopic> missing = new ArrayList<>();
      for (int i = 2; i < args.length; i++) {
        if (!existing.contains(args[i])) {
          missing.add(new NewTopic(args[i], partitions, (short) 1).configs(Map.of()));
        }
      }
      admin.createTopics(missing).all().get();
      System.out.printf("topics: %d present, %d created%n", args.length - 2 - missing.size(), missing.size());
    }
  }
}
