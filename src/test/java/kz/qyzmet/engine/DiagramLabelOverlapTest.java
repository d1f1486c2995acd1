package kz.qyzmet.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.junit.jupiter.api.Test;

/**
 * Diagrams an analyst can read (issue 20, point 7): finds labels drawn over something in the diagrams' DI, the way
 * Camunda Modeler lays text out (12 px font, about 6.6 px per character, 14.4 px per line, a task's name wrapped inside
 * the box less 5 px each side and centred):
 * <ul>
 *   <li>a flow's label over a shape (task, event, gateway);</li>
 *   <li>an event's or gateway's label over another shape;</li>
 *   <li>two labels over each other;</li>
 *   <li>a boundary event over the lines of its task's name;</li>
 *   <li>a flow's line through a label (an event's, a gateway's or another flow's), the label as tall as its text
 *       wraps in its box;</li>
 *   <li>a label across the border of a subprocess.</li>
 * </ul>
 * A label's box counts only as wide as its text. There is no allowance: any overlap fails.
 */
class DiagramLabelOverlapTest {

  static final double CHAR = 6.6;
  static final double LINE = 14.4;

  record Box(double x, double y, double w, double h) {
    static Box of(Bounds b) {
      return new Box(b.getX(), b.getY(), b.getWidth(), b.getHeight());
    }

    boolean overlaps(Box o) {
      return x + 1 < o.x + o.w && o.x + 1 < x + w && y + 1 < o.y + o.h && o.y + 1 < y + h;
    }

    /** The part of a label's box its text covers: as wide as the text, centred. */
    Box text(String name) {
      double width = Math.min(w, name.length() * CHAR);
      return new Box(x + w / 2 - width / 2, y, width, h);
    }

    /** The label's text box, as tall as the lines its text wraps into at the box's width. */
    Box wrapped(String name) {
      Box text = text(name);
      return new Box(text.x, text.y, text.w, Math.max(text.h, wrappedLines(name, w) * LINE));
    }

    /** Whether a horizontal or vertical segment runs through the box. */
    boolean crossedBy(double x1, double y1, double x2, double y2) {
      if (x1 == x2) {
        return x + 1 < x1 && x1 < x + w - 1 && Math.max(Math.min(y1, y2), y) + 1 < Math.min(Math.max(y1, y2), y + h);
      }
      if (y1 == y2) {
        return y + 1 < y1 && y1 < y + h - 1 && Math.max(Math.min(x1, x2), x) + 1 < Math.min(Math.max(x1, x2), x + w);
      }
      return false;
    }
  }

  /** How many lines a label's text takes at the box's width (one at least). */
  static int wrappedLines(String name, double width) {
    return Math.max(1, wrap(name, Math.max(1, width / CHAR)).size());
  }

  /** The lines of a task's name as Modeler wraps them inside the box, centred. */
  static List<Box> nameLines(String name, Box box) {
    List<String> lines = wrap(name, (box.w() - 10) / CHAR);
    double top = box.y() + (box.h() - lines.size() * LINE) / 2;
    List<Box> boxes = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      double width = lines.get(i).length() * CHAR;
      boxes.add(new Box(box.x() + box.w() / 2 - width / 2, top + i * LINE, width, LINE));
    }
    return boxes;
  }

  /** A text's words wrapped at {@code perLine} characters, as Modeler wraps a name; none for a blank text. */
  static List<String> wrap(String name, double perLine) {
    List<String> lines = new ArrayList<>();
    String current = "";
    for (String word : name.trim().split("\\s+")) {
      if (current.isEmpty()) {
        current = word;
      } else if (current.length() + 1 + word.length() <= perLine) {
        current += " " + word;
      } else {
        lines.add(current);
        current = word;
      }
    }
    if (!current.isEmpty()) {
      lines.add(current);
    }
    return lines;
  }

  static List<String> findings(BpmnModelInstance model) {
    Map<String, Box> shapes = new LinkedHashMap<>();
    Map<String, Box> labels = new LinkedHashMap<>();
    Map<String, Box> flowLabels = new LinkedHashMap<>();
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      BaseElement element = shape.getBpmnElement();
      if (element == null || element instanceof SubProcess
          || !(element instanceof org.camunda.bpm.model.bpmn.instance.FlowNode)) {
        continue;
      }
      shapes.put(element.getId(), Box.of(shape.getBounds()));
      String name = element.getAttributeValue("name");
      if (shape.getBpmnLabel() != null && shape.getBpmnLabel().getBounds() != null && name != null) {
        labels.put(element.getId(), Box.of(shape.getBpmnLabel().getBounds()).text(name));
      }
    }
    for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
      BaseElement element = edge.getBpmnElement();
      String name = element == null ? null : element.getAttributeValue("name");
      if (name != null && edge.getBpmnLabel() != null && edge.getBpmnLabel().getBounds() != null) {
        flowLabels.put(element.getId(), Box.of(edge.getBpmnLabel().getBounds()).text(name));
      }
    }
    List<String> found = new ArrayList<>();
    flowLabels.forEach((flow, label) -> shapes.forEach((id, shape) -> {
      if (label.overlaps(shape)) {
        found.add("flow label " + flow + " over " + id);
      }
    }));
    labels.forEach((owner, label) -> shapes.forEach((id, shape) -> {
      if (!id.equals(owner) && label.overlaps(shape)) {
        found.add("label of " + owner + " over " + id);
      }
    }));
    Map<String, Box> all = new java.util.TreeMap<>(labels);
    all.putAll(flowLabels);
    List<Map.Entry<String, Box>> entries = new ArrayList<>(all.entrySet());
    for (int i = 0; i < entries.size(); i++) {
      for (int j = i + 1; j < entries.size(); j++) {
        if (entries.get(i).getValue().overlaps(entries.get(j).getValue())) {
          found.add("label of " + entries.get(i).getKey() + " over label of " + entries.get(j).getKey());
        }
      }
    }
    Map<String, Box> wrapped = new java.util.TreeMap<>();
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      BaseElement element = shape.getBpmnElement();
      if (element != null && labels.containsKey(element.getId())) {
        String name = element.getAttributeValue("name");
        wrapped.put(element.getId(), Box.of(shape.getBpmnLabel().getBounds()).wrapped(name));
      }
    }
    for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
      BaseElement element = edge.getBpmnElement();
      if (element != null && flowLabels.containsKey(element.getId())) {
        wrapped.put(element.getId(), Box.of(edge.getBpmnLabel().getBounds()).wrapped(element.getAttributeValue("name")));
      }
    }
    for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
      String flow = edge.getBpmnElement() == null ? null : edge.getBpmnElement().getId();
      List<org.camunda.bpm.model.bpmn.instance.di.Waypoint> points = new ArrayList<>(edge.getWaypoints());
      wrapped.forEach((owner, label) -> {
        if (owner.equals(flow)) {
          return;
        }
        for (int i = 0; i + 1 < points.size(); i++) {
          if (label.crossedBy(points.get(i).getX(), points.get(i).getY(), points.get(i + 1).getX(),
              points.get(i + 1).getY())) {
            found.add("line of " + flow + " through the label of " + owner);
            return;
          }
        }
      });
    }
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      if (shape.getBpmnElement() instanceof SubProcess sub) {
        Box border = Box.of(shape.getBounds());
        wrapped.forEach((owner, label) -> {
          int inside = 0;
          for (double[] corner : new double[][] {{label.x(), label.y()}, {label.x() + label.w(), label.y()},
              {label.x(), label.y() + label.h()}, {label.x() + label.w(), label.y() + label.h()}}) {
            if (border.x() < corner[0] && corner[0] < border.x() + border.w() && border.y() < corner[1]
                && corner[1] < border.y() + border.h()) {
              inside++;
            }
          }
          if (inside > 0 && inside < 4) {
            found.add("label of " + owner + " across the border of " + sub.getId());
          }
        });
      }
    }
    for (BoundaryEvent event : model.getModelElementsByType(BoundaryEvent.class)) {
      Box host = shapes.get(event.getAttachedTo().getId());
      Box box = shapes.get(event.getId());
      if (host == null || box == null || event.getAttachedTo().getName() == null) {
        continue;
      }
      if (nameLines(event.getAttachedTo().getName(), host).stream().anyMatch(box::overlaps)) {
        found.add("boundary event " + event.getId() + " over the name of " + event.getAttachedTo().getId());
      }
    }
    return found;
  }

  static Stream<Path> diagrams() throws IOException {
    return Files.walk(Path.of("processes")).filter(path -> path.toString().endsWith(".bpmn")).sorted();
  }

  @Test
  void noLabelIsDrawnOverAShapeALineOrAnotherLabel() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path diagram : diagrams().toList()) {
      for (String finding : findings(Bpmn.readModelFromFile(diagram.toFile()))) {
        found.add(diagram.getFileName() + ": " + finding);
      }
    }
    assertThat(found).as("label overlaps (move the label or the shape in the diagram's DI)").isEmpty();
  }

  @Test
  void findsAFlowLabelOverAShapeAndABoundaryEventOverATasksName() {
    BpmnModelInstance s01 = Bpmn.readModelFromFile(Path.of("processes/s01-basic-pension.bpmn").toFile());
    List<String> before = findings(s01);
    // Put the "Yes" label of the complete-documents flow onto the channel gateway, and the service timer onto the
    // middle of the review task's name.
    BpmnEdge flow = s01.getModelElementById("Flow_DocumentsComplete_di");
    BpmnShape gateway = s01.getModelElementById("Gateway_Channel_di");
    flow.getBpmnLabel().getBounds().setX(gateway.getBounds().getX() + 5);
    flow.getBpmnLabel().getBounds().setY(gateway.getBounds().getY() + 15);
    BpmnShape task = s01.getModelElementById("Task_ReviewApplication_di");
    BpmnShape timer = s01.getModelElementById("Event_ServiceOverdue_di");
    timer.getBounds().setX(task.getBounds().getX() + task.getBounds().getWidth() / 2 - 18);
    timer.getBounds().setY(task.getBounds().getY() + task.getBounds().getHeight() / 2 - 18);
    List<String> after = findings(s01);
    after.removeAll(before);
    assertThat(after).contains("flow label Flow_DocumentsComplete over Gateway_Channel",
        "boundary event Event_ServiceOverdue over the name of Task_ReviewApplication");
  }

  @Test
  void findsALineThroughAGatewaysLabel() {
    BpmnModelInstance s01 = Bpmn.readModelFromFile(Path.of("processes/s01-basic-pension.bpmn").toFile());
    List<String> before = findings(s01);
    // Put the decision gateway's label above it, where the refusal flow leaves the gateway upwards.
    BpmnShape gateway = s01.getModelElementById("Gateway_Decision_di");
    gateway.getBpmnLabel().getBounds().setX(gateway.getBounds().getX() - 30);
    gateway.getBpmnLabel().getBounds().setY(gateway.getBounds().getY() - 32);
    List<String> after = findings(s01);
    after.removeAll(before);
    assertThat(after).contains("line of Flow_Refused through the label of Gateway_Decision");
  }
}
