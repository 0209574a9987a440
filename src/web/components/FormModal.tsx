import { Form, Modal, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { showFormError } from '../feedback';
import { useT } from '../i18n';

/** The rule for a field that must be filled in. */
export function useRequired() {
  const t = useT();
  return { required: true, message: t('common.required') };
}

/**
 * A modal around one form: OK submits, a failure is shown on the field the server names (or as
 * a message), success closes. Every create/edit dialog of the app is one of these.
 */
export function FormModal<V extends object>({
  open,
  title,
  onClose,
  onSubmit,
  initialValues,
  fieldMap,
  okText,
  testId,
  form: external,
  children,
  width,
}: {
  open: boolean;
  title: ReactNode;
  onClose: () => void;
  onSubmit: (values: V) => Promise<unknown>;
  initialValues?: Partial<V>;
  fieldMap?: Record<string, string>;
  okText?: string;
  testId?: string;
  form?: FormInstance<V>;
  width?: number;
  children: ReactNode;
}) {
  const t = useT();
  const [own] = Form.useForm<V>();
  const form = external ?? own;
  const [busy, setBusy] = useState(false);

  const finish = async (values: V) => {
    setBusy(true);
    try {
      await onSubmit(values);
      onClose();
    } catch (err) {
      showFormError(form, err, fieldMap);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      width={width}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={okText ?? t('common.actions.save')}
      cancelText={t('common.actions.cancel')}
      confirmLoading={busy}
      okButtonProps={{ ...({ 'data-testid': testId && `${testId}-submit` } as object) }}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Form<V>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={initialValues}
        onFinish={finish}
        data-testid={testId}
      >
        {children}
      </Form>
    </Modal>
  );
}
