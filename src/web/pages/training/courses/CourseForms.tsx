import { Form, Input, InputNumber, Select, Switch } from 'antd';
import { CONTENT_AREAS, MATERIAL_KINDS, TRAINING_METHODS } from '../../../../common/training';
import { FormModal, useRequired } from '../../../components/FormModal';
import { showSuccess } from '../../../feedback';
import { useT } from '../../../i18n';
import { trainingApi } from '../shared/trainingApi';
import type { Course, CourseBody, Material, MaterialBody } from '../shared/types';

/** Add a course to the catalogue, or (with `course`) change or retire it. */
export function CourseFormModal({
  course,
  onClose,
  onSaved,
}: {
  course?: Course;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const required = useRequired();
  const f = (k: 'code' | 'title' | 'area' | 'method' | 'hours' | 'description' | 'archived') =>
    t(`training.courses.fields.${k}`);
  const submit = async (v: CourseBody) => {
    const body = { ...v, description: v.description?.trim() || null };
    if (course) await trainingApi.courses.update(course.id, { ...body, version: course.version });
    else await trainingApi.courses.create(body);
    showSuccess(course ? t('common.saved') : t('training.courses.created', { title: v.title }));
    onSaved();
  };
  return (
    <FormModal<CourseBody>
      open
      title={t(course ? 'training.courses.edit' : 'training.courses.add')}
      onClose={onClose}
      onSubmit={submit}
      initialValues={course ? { ...course, description: course.description ?? '' } : { hours: 3, archived: false }}
      fieldMap={{ contentArea: 'contentArea' }}
      testId="course-form"
    >
      <Form.Item
        name="code"
        label={f('code')}
        rules={[required, { max: 32 }, { pattern: /^[A-Za-z0-9_.-]+$/, message: t('training.courses.badCode') }]}
      >
        <Input data-testid="course-code" />
      </Form.Item>
      <Form.Item name="title" label={f('title')} rules={[required, { max: 200 }]}>
        <Input data-testid="course-title" />
      </Form.Item>
      <Form.Item name="contentArea" label={f('area')} rules={[required]}>
        <Select options={CONTENT_AREAS.map((a) => ({ value: a, label: t(`training.enums.area.${a}`) }))} />
      </Form.Item>
      <Form.Item name="method" label={f('method')} rules={[required]}>
        <Select options={TRAINING_METHODS.map((m) => ({ value: m, label: t(`training.enums.method.${m}`) }))} />
      </Form.Item>
      <Form.Item name="hours" label={f('hours')} rules={[required]}>
        <InputNumber min={0.5} max={500} step={0.5} />
      </Form.Item>
      <Form.Item name="description" label={f('description')} rules={[{ max: 5000 }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
      {course && (
        <Form.Item name="archived" label={f('archived')} valuePropName="checked">
          <Switch />
        </Form.Item>
      )}
    </FormModal>
  );
}

/** Attach a document, video or micro-course to a course, or change one. */
export function MaterialFormModal({
  courseId,
  material,
  onClose,
  onSaved,
}: {
  courseId: string;
  material?: Material;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const required = useRequired();
  const submit = async (v: MaterialBody) => {
    if (material) await trainingApi.materials.update(material.id, v);
    else await trainingApi.courses.addMaterial(courseId, v);
    showSuccess(t('common.saved'));
    onSaved();
  };
  return (
    <FormModal<MaterialBody>
      open
      title={t(material ? 'training.courses.materials.edit' : 'training.courses.materials.add')}
      onClose={onClose}
      onSubmit={submit}
      initialValues={material ?? { kind: 'document', required: true, dueOffsetDays: 0, archived: false }}
      testId="material-form"
    >
      <Form.Item name="kind" label={t('training.courses.materials.kind')} rules={[required]}>
        <Select options={MATERIAL_KINDS.map((k) => ({ value: k, label: t(`training.enums.materialKind.${k}`) }))} />
      </Form.Item>
      <Form.Item name="title" label={t('training.courses.materials.name')} rules={[required, { max: 200 }]}>
        <Input />
      </Form.Item>
      <Form.Item
        name="url"
        label={t('training.courses.materials.url')}
        extra={t('training.courses.materials.urlHint')}
        rules={[
          required,
          { max: 2000 },
          { pattern: /^(https?:\/\/|\/)\S+$/i, message: t('training.courses.materials.badUrl') },
        ]}
      >
        <Input />
      </Form.Item>
      <Form.Item name="required" label={t('training.courses.materials.required')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item name="dueOffsetDays" label={t('training.courses.materials.dueOffset')}>
        <InputNumber min={-90} max={365} />
      </Form.Item>
      {material && (
        <Form.Item name="archived" label={t('training.courses.materials.archive')} valuePropName="checked">
          <Switch />
        </Form.Item>
      )}
    </FormModal>
  );
}
